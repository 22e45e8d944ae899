/**
 * The text of a report (seed/reports/*.txt, or a synthetic one) as a list of
 * blocks with styled runs: what a person retyping it into a word processor
 * would make of it. scripts/pdf-corpus/make_docx.py lays these blocks out as a
 * Word document; scripts/pdf-corpus/grid-html.ts as an HTML page.
 *
 * Written apart from scripts/pdf-fixtures/report-html.ts on purpose: the
 * corpus must not share its producer's code with the fixtures.
 */

export interface Run {
  t: string;
  b?: boolean;
  i?: boolean;
  sup?: boolean;
}

export type Block = { kind: "title" | "heading" | "para" | "footnote" | "bullet"; runs: Run[] } | { kind: "table"; rows: Run[][][] };

const ORDINAL = /(\d)(st|nd|rd|th)\b/g;

/** Inline markup to runs: <b>, <sup>, ***bold italic***, **bold**, *italic*, [link](#); ordinals raised as Word sets them. */
function runsOf(source: string, base: Run = { t: "" }): Run[] {
  const text = source.replace(/\[([^\]]+)\]\([^)]*\)/g, "$1").replace(/<sup>(st|nd|rd|th)<\/sup>/g, "$1");
  const token = /<b>|<\/b>|<sup>|<\/sup>|\*\*\*|\*\*|\*/g;
  const runs: Run[] = [];
  const state = { b: !!base.b, i: !!base.i, sup: false };
  let last = 0;
  const push = (t: string) => {
    if (t === "") return;
    const parts = state.sup ? [t] : t.split(ORDINAL);
    // split with two groups gives [before, digit, suffix, before, …]
    for (let k = 0; k < parts.length; k++) {
      if (state.sup || k % 3 === 0) {
        const prefix = k + 1 < parts.length && !state.sup ? parts[k + 1] : "";
        const piece = parts[k] + prefix;
        if (piece) runs.push({ t: piece, b: state.b, i: state.i, sup: state.sup });
      } else if (k % 3 === 2) runs.push({ t: parts[k], b: state.b, i: state.i, sup: true });
    }
  };
  for (let m = token.exec(text); m; m = token.exec(text)) {
    push(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[0] === "<b>" || m[0] === "</b>") state.b = m[0] === "<b>" || !!base.b;
    else if (m[0] === "<sup>" || m[0] === "</sup>") state.sup = m[0] === "<sup>";
    else if (m[0] === "***") [state.b, state.i] = [!state.i, !state.i];
    else if (m[0] === "**") state.b = !state.b;
    else state.i = !state.i;
  }
  push(text.slice(last));
  return runs;
}

const HEADING =
  /^(?:\d{1,2}\.\s+(?:general|outcome)\b.*|general\s*[-–].*|the inspection process|context:?|recommendations|next steps|within \d+ months.*)$/i;

function bare(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, "")
    .replace(/<\/?b>/g, "")
    .replace(/^\*\*(.*)\*\*$/, "$1")
    .trim();
}

/** The report's blocks in order. */
export function reportBlocks(text: string): Block[] {
  const out: Block[] = [];
  let table: Run[][][] = [];
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trimEnd();
    if (line.includes("\t")) {
      const [label, value = ""] = line.split("\t");
      table.push([runsOf(label.trim()), runsOf(value.trim())]);
      continue;
    }
    if (table.length) out.push({ kind: "table", rows: table });
    table = [];
    if (line.trim() === "" || /^-{3,}$/.test(line.trim())) continue;
    const plain = bare(line);
    const bullet = /^-\s+(.*)$/.exec(line);
    if (bullet) out.push({ kind: "bullet", runs: runsOf(bullet[1]) });
    else if (/^#{1,2}\s/.test(line) && /services\s+in\b/i.test(plain)) out.push({ kind: "title", runs: runsOf(plain, { t: "", b: true }) });
    else if (/^#|^\*\*.*\*\*$/.test(line) || HEADING.test(plain))
      out.push({ kind: "heading", runs: runsOf(plain.replace(/^\*\*|\*\*$/g, ""), { t: "", b: true }) });
    else if (/^<sup>/.test(line)) out.push({ kind: "footnote", runs: runsOf(line) });
    else out.push({ kind: "para", runs: runsOf(line) });
  }
  if (table.length) out.push({ kind: "table", rows: table });
  return out;
}

/** The runs' text without their styles. */
export const plain = (runs: Run[]): string => runs.map((r) => r.t).join("");

/** A word: the pieces of runs between two spaces, each keeping its run's style. */
export type Word = Run[];

/** The runs cut into words at their spaces, for a producer that breaks and justifies lines itself. */
export function wordsOf(runs: Run[]): Word[] {
  const words: Word[] = [];
  let word: Word = [];
  for (const r of runs)
    for (const part of r.t.split(/(\s+)/)) {
      if (part === "") continue;
      if (/^\s+$/.test(part)) {
        if (word.length) words.push(word);
        word = [];
      } else word.push({ ...r, t: part });
    }
  if (word.length) words.push(word);
  return words;
}

/** Words broken greedily into lines of at most `width` (a word longer than that on a line of its own), as a simple layout engine does. */
export function breakLines(words: Word[], width: number, space: number, widthOf: (w: Word) => number): Word[][] {
  const lines: Word[][] = [[]];
  let used = 0;
  for (const w of words) {
    const ww = widthOf(w);
    const line = lines[lines.length - 1];
    if (line.length && used + space + ww > width) {
      lines.push([w]);
      used = ww;
    } else {
      used += (line.length ? space : 0) + ww;
      line.push(w);
    }
  }
  return lines;
}
