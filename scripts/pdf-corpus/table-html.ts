/**
 * A report's blocks as an HTML page with real <table>s, one column, the way a
 * web page or an HTML-to-PDF service lays a report out: each table row a <tr>
 * of a label cell and a value cell (a heading row one <th> across both), every
 * border drawn; a running header and "Page X of Y" footer as CSS page-margin
 * boxes (which WeasyPrint draws and wkhtmltopdf ignores). Frozen set 4 prints it
 * with WeasyPrint and with wkhtmltopdf (scripts/make-pdf-frozen4.ts).
 */
import { blocksHtml, escapeHtml, runsHtml } from "./grid-html";
import type { Block, Run } from "./report-blocks";

const plain = (runs: Run[]) => runs.map((r) => r.t).join("");

function tableHtml(rows: Run[][][]): string {
  const long = Math.max(...rows.map((r) => plain(r[0]).length)) > 40;
  const cols = long ? `<col style="width:64%"><col style="width:36%">` : `<col style="width:28%"><col style="width:72%">`;
  const trs = rows.map(([label, value]) =>
    plain(value).trim() === ""
      ? `<tr><th colspan="2">${runsHtml(label)}</th></tr>`
      : `<tr><td>${runsHtml(label)}</td><td>${runsHtml(value)}</td></tr>`,
  );
  return `<table>${cols}<tbody>\n${trs.join("\n")}\n</tbody></table>`;
}

function css(header: string): string {
  return `
  @page {
    size: A4; margin: 22mm 20mm;
    @top-right { content: "${header.replace(/"/g, "'")}"; font: 8pt "Liberation Serif", serif; }
    @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt "Liberation Serif", serif; }
  }
  body { font-family: "Liberation Serif", serif; font-size: 11pt; line-height: 1.25; margin: 0; }
  h1 { font-size: 16pt; text-align: center; margin: 0 0 12pt; }
  h2 { font-size: 12.5pt; margin: 12pt 0 4pt; page-break-after: avoid; }
  p, li { text-align: justify; margin: 0 0 6pt; }
  ul { margin: 0 0 6pt; padding-left: 18pt; }
  .footnote { font-size: 9pt; }
  sup { font-size: 70%; vertical-align: super; line-height: 0; }
  table { width: 100%; border-collapse: collapse; margin: 0 0 12pt; table-layout: fixed; }
  td, th { border: 0.75pt solid #000; padding: 2pt 5pt; vertical-align: top; text-align: left; }
  th { background: #ddd; }
  tr { page-break-inside: avoid; }
`;
}

/** The HTML page of the report's blocks, titled and headed by `header`. */
export function tablePageHtml(blocks: Block[], header: string): string {
  const body = blocksHtml(blocks, tableHtml);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(header)}</title><style>${css(header)}</style></head>
<body>
${body.join("\n")}
</body></html>`;
}
