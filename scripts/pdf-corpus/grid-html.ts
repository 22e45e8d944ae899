/**
 * A report's blocks as an HTML page the way a web export lays them out: tables
 * as CSS grids of bordered cells (no <table>, so no table semantics reach the
 * PDF), and the body after the opening tables set in two columns.
 */
import type { Block, Run } from "./report-blocks";

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function runsHtml(runs: Run[]): string {
  return runs
    .map((r) => {
      let h = escapeHtml(r.t);
      if (r.sup) h = `<sup>${h}</sup>`;
      if (r.i) h = `<i>${h}</i>`;
      if (r.b) h = `<b>${h}</b>`;
      return h;
    })
    .join("");
}

function gridHtml(rows: Run[][][]): string {
  const long = Math.max(...rows.map((r) => r[0].map((x) => x.t).join("").length)) > 40;
  const cells = rows.map(([label, value]) =>
    value
      .map((x) => x.t)
      .join("")
      .trim() === ""
      ? `<div class="cell wide">${runsHtml(label)}</div>`
      : `<div class="cell">${runsHtml(label)}</div><div class="cell">${runsHtml(value)}</div>`,
  );
  return `<div class="grid ${long ? "long" : "short"}">${cells.join("")}</div>`;
}

const CSS = `
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.3; margin: 0; }
  h1 { font-size: 15pt; text-align: center; }
  h2 { font-size: 12pt; margin: 10pt 0 4pt; break-after: avoid; }
  p, li { text-align: justify; margin: 0 0 6pt; hyphens: none; }
  .footnote { font-size: 8.5pt; }
  sup { font-size: 65%; vertical-align: super; line-height: 0; }
  .grid { display: grid; border-top: 1px solid #444; border-left: 1px solid #444; margin: 0 0 10pt; }
  .grid.short { grid-template-columns: 30% 70%; }
  .grid.long { grid-template-columns: 68% 32%; }
  .cell { border-right: 1px solid #444; border-bottom: 1px solid #444; padding: 2pt 4pt; }
  .cell.wide { grid-column: 1 / span 2; font-weight: bold; background: #eee; }
  .columns { column-count: 2; column-gap: 9mm; }
`;

/** Each block as HTML, its tables written by `table` (the one thing the corpus's HTML pages lay out differently). */
export function blocksHtml(blocks: Block[], table: (rows: Run[][][]) => string): string[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case "table":
        return table(b.rows);
      case "title":
        return `<h1>${runsHtml(b.runs)}</h1>`;
      case "heading":
        return `<h2>${runsHtml(b.runs)}</h2>`;
      case "bullet":
        return `<ul><li>${runsHtml(b.runs)}</li></ul>`;
      case "footnote":
        return `<p class="footnote">${runsHtml(b.runs)}</p>`;
      default:
        return `<p>${runsHtml(b.runs)}</p>`;
    }
  });
}

/** The HTML page: title and the opening tables across the page, then two columns. */
export function gridPageHtml(blocks: Block[], title: string): string {
  const html = blocksHtml(blocks, gridHtml);
  const lastTable = blocks.map((b) => b.kind).lastIndexOf("table");
  const split = lastTable < 0 ? 1 : lastTable + 1;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body>${html.slice(0, split).join("\n")}<div class="columns">${html.slice(split).join("\n")}</div></body></html>`;
}
