/**
 * A report's blocks as a LaTeX document, the way someone typesetting the
 * report in LaTeX would write it: Times (`mathptmx`, T1), justified paragraphs,
 * `\section*` headings, `itemize` bullets, ordinals as `\textsuperscript`, each
 * table a `longtable` of ruled `p{}` columns (`|p|p|`, `\hline` between rows, a
 * heading row one `\multicolumn` across both), a running header and
 * "Page X of Y" footer by fancyhdr. pdfTeX writes no space characters (the
 * gaps between words are positions only, lines justified by stretching them)
 * and Type 1 font subsets (URW's Nimbus Roman) in an encoding of their own.
 * Hyphenation is turned off so that every word stays whole, as in the other
 * producers' PDFs, and straight apostrophes are typed as `\textquotesingle` so
 * that TeX does not curl them: the PDF holds the report's own characters.
 * Needs Debian's texlive-latex-base, texlive-latex-recommended and
 * texlive-fonts-recommended.
 */
import { type Block, plain, type Run } from "./report-blocks";

const SPECIAL: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "#": "\\#",
  $: "\\$",
  "%": "\\%",
  "&": "\\&",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
  "'": "\\textquotesingle{}",
  "`": "\\textasciigrave{}",
  '"': "\\textquotedbl{}",
  "<": "\\textless{}",
  ">": "\\textgreater{}",
  "’": "\\textquoteright{}",
  "‘": "\\textquoteleft{}",
  "–": "\\textendash{}",
  "—": "\\textemdash{}",
  "-": "-{}",
};

function escapeTex(s: string): string {
  return s.replace(/[\\{}#$%&_~^'`"<>’‘–—-]/g, (c) => SPECIAL[c]);
}

function runsTex(runs: Run[]): string {
  return runs
    .map((r) => {
      let t = escapeTex(r.t);
      if (r.sup) t = `\\textsuperscript{${t}}`;
      if (r.i) t = `\\textit{${t}}`;
      if (r.b) t = `\\textbf{${t}}`;
      return t;
    })
    .join("");
}

function tableTex(rows: Run[][][]): string {
  const long = Math.max(...rows.map((r) => plain(r[0]).length)) > 40;
  const [a, b] = long ? ["0.60", "0.34"] : ["0.27", "0.67"];
  const cols = `|>{\\raggedright\\arraybackslash}p{${a}\\linewidth}|>{\\raggedright\\arraybackslash}p{${b}\\linewidth}|`;
  const body = rows.map(([label, value]) =>
    plain(value).trim() === ""
      ? `\\multicolumn{2}{|l|}{${runsTex(label)}} \\\\ \\hline`
      : `${runsTex(label)} & ${runsTex(value)} \\\\ \\hline`,
  );
  return `\\begin{longtable}{${cols}}\n\\hline\n${body.join("\n")}\n\\end{longtable}`;
}

function blockTex(b: Block): string {
  switch (b.kind) {
    case "table":
      return tableTex(b.rows);
    case "title":
      return `\\begin{center}\\Large ${runsTex(b.runs)}\\end{center}`;
    case "heading":
      return `\\section*{${runsTex(b.runs)}}`;
    case "bullet":
      return `\\begin{itemize}\n\\item ${runsTex(b.runs)}\n\\end{itemize}`;
    case "footnote":
      return `{\\footnotesize ${runsTex(b.runs)}\\par}`;
    default:
      return `${runsTex(b.runs)}\n`;
  }
}

/** pdfTeX's fonts: Times (URW's Nimbus Roman) in T1. */
const PDFTEX_FONTS = "\\usepackage[T1]{fontenc}\n\\usepackage{textcomp}\n\\usepackage{mathptmx}";

/**
 * The LaTeX source of the report, headed by `header`; `fonts` is the preamble's
 * font lines (for XeLaTeX or LuaLaTeX, fontspec and an OpenType font).
 */
export function reportTex(blocks: Block[], header: string, fonts = PDFTEX_FONTS): string {
  return `\\documentclass[11pt,a4paper]{article}
${fonts}
\\usepackage[margin=2.5cm]{geometry}
\\usepackage{array,longtable,fancyhdr}
\\pagestyle{fancy}
\\fancyhf{}
\\renewcommand{\\headrulewidth}{0pt}
\\fancyhead[R]{\\footnotesize ${escapeTex(header)}}
\\fancyfoot[C]{\\footnotesize Page \\thepage\\ of \\pageref{lastpage}}
\\hyphenpenalty=10000 \\exhyphenpenalty=10000
\\emergencystretch=3em
\\setlength{\\parindent}{0pt}
\\setlength{\\parskip}{5pt}
\\setlength{\\LTpre}{4pt}
\\setlength{\\LTpost}{8pt}
\\begin{document}
\\sloppy
${blocks.map(blockTex).join("\n")}
\\label{lastpage}
\\end{document}
`;
}
