/**
 * Tiny PDFs written byte by byte for the tests of hostile input: many pages,
 * or a compressed content stream that inflates to far more than it weighs.
 */
import zlib from "node:zlib";

function assemble(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n")];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      Buffer.isBuffer(body) ? body : Buffer.from(body),
      Buffer.from("\nendobj\n"),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`),
  ].join("");
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

function stream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from("\nendstream")]);
}

/** A PDF of `pages` pages, each drawing `text` (or nothing) in Helvetica from one shared content stream. */
export function pagesPdf(pages: number, text = ""): Buffer {
  const content = text ? `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, "\\$&")}) Tj ET` : "";
  const first = 5;
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(" ");
  const objects: (string | Buffer)[] = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    stream("", Buffer.from(content)),
  ];
  for (let i = 0; i < pages; i++) {
    objects.push("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>");
  }
  return assemble(objects);
}

/** One page whose content stream inflates from a few hundred KB to `megabytes` MB of text-drawing operators. */
export function inflatingPdf(megabytes: number): Buffer {
  const unit = Buffer.from("BT /F1 12 Tf 72 720 Td (bomb bomb bomb bomb) Tj ET\n");
  const block = Buffer.alloc(1024 * 1024);
  for (let i = 0; i + unit.length <= block.length; i += unit.length) unit.copy(block, i);
  const deflate = zlib.deflateSync(Buffer.concat(Array.from({ length: megabytes }, () => block)), { level: 9 });
  return assemble([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    stream("/Filter /FlateDecode", deflate),
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>",
  ]);
}

/**
 * A PDF damaged in its body: `pdf`'s `%PDF-` header line and its closing
 * `startxref … %%EOF` kept, everything between overwritten with bytes from a
 * fixed pseudo-random sequence (as a bad disk or a broken transfer leaves it).
 */
export function garbledPdf(pdf: Buffer): Buffer {
  const out = Buffer.from(pdf);
  const bodyStart = out.indexOf("\n") + 1;
  const bodyEnd = out.lastIndexOf("startxref");
  let state = 0x2545;
  for (let i = bodyStart; i < bodyEnd; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out[i] = state >> 16;
  }
  return out;
}
