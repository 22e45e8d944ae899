/**
 * A report's blocks as a groff document, the way someone typesetting the report
 * with troff would write it: the ms macros (`.SH` headings, `.LP` paragraphs
 * filled and justified, `.IP \(bu` bullets, ordinals raised with ms's `\*{ \*}`),
 * each table a tbl table with every cell ruled (`allbox`, wrapped cells as
 * `T{ … T}` text blocks, a heading row spanned across both columns), ms's running
 * header (`RH`, printed on page 1 too by `.P1`) and a "Page X of Y" footer (`CF`,
 * the page count passed in as the string `PAGES`). Times, 11 pt, A4, hyphenation
 * off; straight quotes typed as `\(aq` and `\(dq` so that groff does not curl
 * them: the PDF holds the report's own characters. For `groff -k -ms -t -Tpdf`
 * (groff's gropdf). Needs Debian's groff.
 */
import { type Block, plain, type Run } from "./report-blocks";

/** Text as troff input: escapes, straight quotes and a leading control character guarded. */
function escapeRoff(s: string): string {
  return s
    .replace(/\\/g, "\\e")
    .replace(/'/g, "\\(aq")
    .replace(/"/g, "\\(dq")
    .replace(/`/g, "\\(ga")
    .replace(/\^/g, "\\(ha")
    .replace(/~/g, "\\(ti");
}

function runsRoff(runs: Run[]): string {
  const text = runs
    .map((r) => {
      let t = escapeRoff(r.t);
      if (r.sup) t = `\\*{${t}\\*}`;
      const font = r.b && r.i ? "\\f(BI" : r.b ? "\\fB" : r.i ? "\\fI" : "";
      return font ? `${font}${t}\\fR` : t;
    })
    .join("");
  return `\\&${text.replace(/\s+/g, " ").trim()}`;
}

function tableRoff(rows: Run[][][]): string {
  const long = Math.max(...rows.map((r) => plain(r[0]).length)) > 40;
  const [a, b] = long ? ["9c", "6c"] : ["4.5c", "10.5c"];
  const span = (value: Run[]) => plain(value).trim() === "";
  const formats = rows.map(([, value]) => (span(value) ? "lb s" : `lw(${a}) lw(${b})`));
  const cell = (runs: Run[]) => `T{\n${runsRoff(runs)}\nT}`;
  const body = rows.map(([label, value]) => (span(value) ? runsRoff(label) : `${cell(label)}\t${cell(value)}`));
  return `.TS\nallbox;\n${formats.join("\n")}.\n${body.join("\n")}\n.TE`;
}

function blockRoff(b: Block): string {
  switch (b.kind) {
    case "table":
      return `.LP\n${tableRoff(b.rows)}`;
    case "title":
      return `.LP\n.ad c\n.ps +3\n${runsRoff(b.runs)}\n.br\n.ad b`;
    case "heading":
      return `.SH\n${runsRoff(b.runs)}`;
    case "bullet":
      return `.IP \\(bu 2n\n${runsRoff(b.runs)}`;
    case "footnote":
      return `.LP\n.ps -2\n${runsRoff(b.runs)}`;
    default:
      return `.LP\n${runsRoff(b.runs)}`;
  }
}

/** The groff source of the report, headed by `header`; the footer's page count is the string PAGES (`-dPAGES=n`). */
export function reportRoff(blocks: Block[], header: string): string {
  return `.nr PS 11
.nr VS 13.5
.nr PO 2.5c
.nr LL 16c
.nr HM 2.2c
.nr FM 2.2c
.nr PD 0.5v
.nr HY 0
.nh
.P1
.ds LH
.ds CH
.ds RH \\s-2${escapeRoff(header)}\\s0
.ds CF \\s-2Page % of \\*[PAGES]\\s0
${blocks.map(blockRoff).join("\n")}
`;
}
