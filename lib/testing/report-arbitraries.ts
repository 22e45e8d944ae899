/**
 * The fast-check generators of report-like text the parser is tested on. The
 * property tests run them at random; the golden test samples them with fixed
 * seeds, so the same inputs pin the parser's output byte for byte.
 */
import fc from "fast-check";
import { seedReportText } from "./reports";

export const seedReports = [seedReportText("barnet"), seedReportText("dudley")];

export const randomText = fc.string({ unit: "grapheme", maxLength: 2000 });

export const randomBytesAsText = fc.uint8Array({ maxLength: 4000 }).map((bytes) => new TextDecoder().decode(bytes));

const seedLines = seedReports.flatMap((r) => r.split("\n"));
export const textOfReportLines = fc.array(fc.constantFrom(...seedLines), { maxLength: 200 }).map((lines) => lines.join("\n"));

/** A real report with its lines deleted, duplicated, swapped or cut short at random. */
export const mangledReport = fc
  .tuple(
    fc.constantFrom(...seedReports),
    fc.array(
      fc.record({
        kind: fc.constantFrom("delete", "duplicate", "swap", "truncate"),
        at: fc.nat(),
        other: fc.nat(),
        cut: fc.nat({ max: 400 }),
      }),
      { maxLength: 30 },
    ),
  )
  .map(([text, edits]) => {
    const lines = text.split("\n");
    for (const e of edits) {
      if (lines.length === 0) break;
      const i = e.at % lines.length;
      const j = e.other % lines.length;
      if (e.kind === "delete") lines.splice(i, 1);
      else if (e.kind === "duplicate") lines.splice(i, 0, lines[i]);
      else if (e.kind === "swap") [lines[i], lines[j]] = [lines[j], lines[i]];
      else lines[i] = lines[i].slice(0, e.cut);
    }
    return lines.join("\n");
  });

const space = fc.constantFrom("", " ", "  ", "\t", " \t", "\u1680", "\u2028", "\u00A0");
const piece = fc.constantFrom(
  "care",
  "and",
  " ",
  "  ",
  "\t",
  "\u1680",
  "<b>",
  "</b>",
  "*",
  "**",
  "_",
  "&amp;",
  "¹",
  "<sup>2</sup>",
  "[^3]",
  "[x](#)",
  "’",
);
/** A line of any white space and markup around a word. */
const markedUpLine = fc
  .tuple(space, fc.constantFrom("", "## "), fc.array(piece, { maxLength: 12 }), space)
  .map(([before, heading, pieces, after]) => `${before}${heading}word${pieces.join("")}${after}`);

/** A seed report with lines added to paragraph 1.1, and the index of the line 1.1 starts on. */
export const reportWithLinesInParagraph = fc
  .tuple(fc.constantFrom(...seedReports), fc.array(markedUpLine, { minLength: 1, maxLength: 6 }))
  .map(([report, added]) => {
    const lines = report.split("\n");
    const at = lines.findIndex((l) => l.startsWith("1.1 "));
    lines.splice(at + 1, 0, ...added);
    return { lines, at, added };
  });
