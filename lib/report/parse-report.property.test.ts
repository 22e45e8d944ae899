import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  mangledReport,
  randomBytesAsText,
  randomText,
  reportWithLinesInParagraph,
  seedReports,
  textOfReportLines,
} from "../testing/report-arbitraries";
import { parseReport, ReportParseError } from "./parse-report";
import { normalizeDocument, plain } from "./text";

/** The parser's contract: a report, or its own parse error, and nothing else. */
function parsesOrRefuses(text: string): void {
  try {
    const report = parseReport(text);
    expect(typeof report.authority).toBe("string");
    expect(report.reportDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  } catch (error) {
    if (!(error instanceof ReportParseError)) throw error;
  }
}

const reports = seedReports;

describe("parseReport never fails any other way", () => {
  it("on random text", () => {
    fc.assert(fc.property(randomText, parsesOrRefuses), { numRuns: 500 });
  });

  it("on random bytes decoded as UTF-8", () => {
    fc.assert(fc.property(randomBytesAsText, parsesOrRefuses), { numRuns: 500 });
  });

  it("on random text built from the reports' own lines", () => {
    fc.assert(fc.property(textOfReportLines, parsesOrRefuses), { numRuns: 300 });
  });

  it("on real reports with lines deleted, duplicated, reordered or truncated", () => {
    fc.assert(fc.property(mangledReport, parsesOrRefuses), { numRuns: 300 });
  });
});

describe("parseReport takes time linear in its input", () => {
  /**
   * Parses and returns the milliseconds of CPU this process spent on it; a
   * backtracking pattern would take minutes, not milliseconds. CPU time, not
   * the clock: other work on a shared machine stretches the clock by 5× or more.
   */
  const time = (text: string) => {
    const start = process.cpuUsage();
    parsesOrRefuses(text);
    const { user, system } = process.cpuUsage(start);
    return (user + system) / 1000;
  };

  it("reads a 5 MB input well within a second", () => {
    const big = reports.join("\n").repeat(Math.ceil((5 * 1024 * 1024) / (reports[0].length + reports[1].length)));
    expect(big.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(time(big)).toBeLessThan(1000);
  });

  const N = 200_000;
  it.each([
    ["one long word", "a".repeat(N)],
    ["spaces then a grade", `${" ".repeat(N)}x Good`],
    ["a rating row that never ends", `Overall effectiveness ${"of the ".repeat(N / 7)}`],
    ["a paragraph ref before endless dots", `1.1 ${".".repeat(N)}`],
    ["unclosed markup", "<b>".repeat(N / 3)],
    ["unclosed sup", "<sup>1".repeat(N / 6)],
    ["unclosed links", "[x](".repeat(N / 4)],
    ["asterisks", "*".repeat(N)],
    ["underscores between words", "a _".repeat(N / 3)],
    ["an attribution that never closes", `- ensure (Ofsted, ${"January ".repeat(N / 8)}`],
    ["a lead-in that never ends", `${"NHS take ".repeat(N / 9)}action to`],
    ["a deadline that never ends", `Within 3 ${"months ".repeat(N / 7)}`],
    ["entities", "&amp;".repeat(N / 5)],
    ["digits", "1".repeat(N)],
    ["dates", "9th January 2012 - ".repeat(N / 19)],
    ["many short lines", "1.1\n".repeat(N / 4)],
    ["many council lines", "Barnet Council\n".repeat(N / 15)],
    ["many section headings", "1. Outcome 4 Care\n".repeat(N / 18)],
    ["many unnumbered paragraphs", `1. General – x\n${"Some text.\n\n".repeat(N / 12)}`],
    ["a long context", `Context\n${"There are 5 children.\n\n".repeat(N / 23)}`],
    ["many footnotes", `1. General – x\n1.1 a<sup>1</sup>\n---\n${"1 note\n".repeat(N / 7)}`],
    ["many recommendations", `Recommendations\nWithin 3 months\n${"- do it\n".repeat(N / 8)}`],
    ["many ratings", `Safeguarding Inspection Outcome\n${"Capacity for improvement Good\n".repeat(N / 30)}`],
    ["a report with one huge paragraph", reports[1].replace("1.1 The contribution", `1.1 ${"The contribution ".repeat(N / 17)}`)],
  ])("handles %s quickly", (_name, text) => {
    expect(time(text)).toBeLessThan(1000);
  });
});

describe("a paragraph's text is its lines cleaned as one", () => {
  // The parser reuses each line's own clean text for paragraphs of plain lines;
  // whatever the lines hold, the paragraph must read as if cleaned from the whole.
  it("in the seed reports, with lines of any white space and markup added to paragraph 1.1", () => {
    fc.assert(
      fc.property(reportWithLinesInParagraph, ({ lines, at, added }) => {
        const paragraph = parseReport(lines.join("\n"))
          .sections.flatMap((s) => s.paragraphs)
          .find((p) => p.ref === "1.1");
        const whole = plain(normalizeDocument([lines[at], ...added].map((l) => l.trim()).join(" ")));
        expect(paragraph?.text).toBe(whole.replace(/^1\.1\s+/, ""));
      }),
      { numRuns: 300 },
    );
  });
});
