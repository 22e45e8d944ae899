/**
 * Turns the text of a report (seed/reports/*.txt, or a synthetic one) into
 * HTML laid out the way the Word originals print: bordered two-column tables
 * for the metadata and ratings, bold headings, justified numbered paragraphs,
 * bullet lists, italic Ofsted extracts, a superscript footnote marker. The
 * PDF fixtures are printed from this HTML by two different producers, so the
 * PDF reader is tested on layouts it did not make itself.
 */

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Inline markup of the text exports as HTML: <b>, <sup>, **bold**, *italic*, [links](#). */
function inline(source: string): string {
  let s = escapeHtml(source)
    .replace(/&lt;(\/?)(b|sup)&gt;/g, "<$1$2>")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1");
  s = s
    .replace(/\*\*\*([^*]+)\*\*\*/g, "<b><i>$1</i></b>")
    .replace(/\*\*([^*]+)\*\*/g, "<b>$1</b>")
    .replace(/\*([^*]+)\*/g, "<i>$1</i>");
  return s;
}

const HEADING =
  /^(?:\d{1,2}\.\s+(?:general|outcome)\b.*|general\s*[-–].*|the inspection process|context:?|recommendations|next steps|within \d+ months.*)$/i;

function stripMarks(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, "")
    .replace(/<\/?b>/g, "")
    .replace(/^\*\*(.*)\*\*$/, "$1")
    .trim();
}

/** The report body as HTML: one element per source line or table. */
function reportBodyHtml(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  let table: string[][] = [];
  let list: string[] = [];
  const flush = () => {
    if (table.length) {
      out.push(
        `<table border="1" cellspacing="0" cellpadding="4">${table.map((row) => `<tr>${row.map((c) => `<td>${inline(c)}</td>`).join("")}</tr>`).join("")}</table>`,
      );
      table = [];
    }
    if (list.length) {
      out.push(`<ul>${list.map((item) => `<li>${inline(item)}</li>`).join("")}</ul>`);
      list = [];
    }
  };
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.includes("\t")) {
      if (list.length) flush();
      table.push(
        line
          .split("\t")
          .slice(0, 2)
          .map((c) => c.trim())
          .concat([""])
          .slice(0, 2),
      );
      continue;
    }
    const bullet = /^-\s+(.*)$/.exec(line);
    if (bullet) {
      if (table.length) flush();
      list.push(bullet[1]);
      continue;
    }
    flush();
    if (line.trim() === "" || /^-{3,}$/.test(line.trim())) continue;
    const bare = stripMarks(line);
    if (/^#{1,2}\s/.test(line) && /services\s+in\b/i.test(bare)) out.push(`<h1>${inline(bare)}</h1>`);
    else if (/^#|^\*\*.*\*\*$/.test(line) || HEADING.test(bare)) out.push(`<h2>${inline(bare.replace(/^\*\*|\*\*$/g, ""))}</h2>`);
    else if (/^<sup>/.test(line)) out.push(`<p class="footnote">${inline(line)}</p>`);
    else out.push(`<p>${inline(line)}</p>`);
  }
  flush();
  return out.join("\n");
}

const REPORT_CSS = `
  body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.25; }
  h1 { font-size: 14pt; text-align: center; margin: 0 0 12pt; }
  h2 { font-size: 12pt; margin: 12pt 0 6pt; }
  p, li { text-align: justify; margin: 0 0 8pt; }
  p.footnote { font-size: 9pt; }
  sup { font-size: 7pt; vertical-align: super; }
  table { border-collapse: collapse; width: 100%; margin: 0 0 12pt; }
  td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; width: 50%; }
`;

/** A whole HTML document for one report; `extraHead` carries producer-specific header and footer markup. */
export function reportHtml(text: string, title: string, extraHead = "", bodyPrefix = ""): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>${extraHead}</head>
<body>${bodyPrefix}
${reportBodyHtml(text)}
</body></html>
`;
}
