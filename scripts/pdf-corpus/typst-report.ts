/**
 * A report's blocks as a Typst document, compiled to PDF by Typst itself (the
 * npm package @myriaddreamin/typst-ts-node-compiler, which ships Typst's
 * compiler as a native module; Typst writes its PDFs with a writer of its
 * own): P052 (URW's Palatino, OpenType CFF) from Debian's fonts-urw-base35,
 * paragraphs justified, hyphenation off, headings as `heading`s, bullets one
 * `list`, ordinals raised by `super` (drawn smaller and higher, not the font's
 * superscript glyphs), each table a `table` with every cell stroked and a
 * heading row one shaded cell across both columns, a running header and
 * "Page X of Y" footer in the page's header and footer. Every piece of the
 * report's text is a Typst string (`#"…"`), so none of it is read as markup.
 *
 * Typst is not a dependency of the project: scripts/make-pdf-frozen6.ts
 * installs it into a scratch directory and hands that directory here.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type Block, plain, type Run } from "./report-blocks";

interface Compiler {
  pdf(options: { mainFileContent: string }): Buffer;
}
interface TypstModule {
  NodeCompiler: { create(options: { fontArgs: { fontPaths: string[] }[] }): Compiler };
}

const FONTS = "/usr/share/fonts/opentype/urw-base35";

const str = (s: string) => `#${JSON.stringify(s)}`;

function runsTyp(runs: Run[]): string {
  return runs
    .map((r) => {
      let t = str(r.t);
      if (r.sup) t = `#super[${t}]`;
      if (r.i) t = `#emph[${t}]`;
      if (r.b) t = `#strong[${t}]`;
      return t;
    })
    .join("");
}

function tableTyp(rows: Run[][][]): string {
  const long = Math.max(...rows.map((r) => plain(r[0]).length)) > 40;
  const cols = long ? "(62%, 38%)" : "(30%, 70%)";
  const cells = rows.map(([label, value]) =>
    plain(value).trim() === ""
      ? `  table.cell(colspan: 2, fill: luma(225))[${runsTyp(label)}],`
      : `  [${runsTyp(label)}], [${runsTyp(value)}],`,
  );
  return `#table(columns: ${cols}, stroke: 0.6pt, inset: 4pt,\n${cells.join("\n")}\n)`;
}

/** The Typst source of the report, headed by `header`. */
export function reportTyp(blocks: Block[], header: string): string {
  const out: string[] = [
    `#set page(paper: "a4", margin: (x: 2.3cm, y: 2.5cm),`,
    `  header: align(right, text(size: 8pt)[${str(header)}]),`,
    `  footer: context align(center, text(size: 8pt)[Page #counter(page).display() of #counter(page).final().first()]))`,
    `#set text(font: "P052", size: 10.5pt, lang: "en", hyphenate: false)`,
    `#set par(justify: true, spacing: 0.8em)`,
    `#set super(typographic: false)`,
    `#set heading(numbering: none)`,
    `#show heading: set text(size: 12pt)`,
    "",
  ];
  let bullets: string[] = [];
  const flush = () => {
    if (bullets.length) out.push(`#list(\n${bullets.map((b) => `  [${b}],`).join("\n")}\n)`);
    bullets = [];
  };
  for (const b of blocks) {
    if (b.kind === "bullet") {
      bullets.push(runsTyp(b.runs));
      continue;
    }
    flush();
    if (b.kind === "table") out.push(tableTyp(b.rows));
    else if (b.kind === "title") out.push(`#align(center, text(size: 15pt)[${runsTyp(b.runs)}])`);
    else if (b.kind === "heading") out.push(`#heading(level: 2)[${runsTyp(b.runs)}]`);
    else if (b.kind === "footnote") out.push(`#text(size: 8.5pt)[${runsTyp(b.runs)}]`);
    else out.push(runsTyp(b.runs));
    out.push("");
  }
  flush();
  return `${out.join("\n")}\n`;
}

/** Compiles the report's Typst source with the compiler installed in `npmDir` and writes the PDF to `out`. */
export function typstReport(blocks: Block[], header: string, out: string, npmDir: string): string {
  const { NodeCompiler } = createRequire(path.join(npmDir, "package.json"))("@myriaddreamin/typst-ts-node-compiler") as TypstModule;
  const source = reportTyp(blocks, header);
  const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [FONTS] }] });
  fs.writeFileSync(out, compiler.pdf({ mainFileContent: source }));
  return source;
}
