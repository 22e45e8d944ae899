import { describe, expect, it } from "vitest";
import { assessParagraph, themesOf } from "./index";
import { seedReports } from "./testing/corpus";

/**
 * What import does for each report: assess and theme every finding
 * paragraph, theme every recommendation. Printed as milliseconds per report
 * (median of rounds, as the machine is shared and one slow round is noise),
 * so a change to the rules shows what it costs.
 */
describe("findings speed", () => {
  it("prints ms per report for assessing and theming both seed reports", () => {
    const reports = seedReports();
    let sink = 0;
    const once = () => {
      for (const report of reports) {
        for (const p of report.paragraphs) sink += assessParagraph(p.text).sentences.length + themesOf(p.text).length;
        for (const r of report.recommendations) sink += themesOf(r).length;
      }
    };
    for (let i = 0; i < 2; i++) once();
    const rounds: number[] = [];
    const iterations = 3;
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      for (let i = 0; i < iterations; i++) once();
      rounds.push((performance.now() - start) / (iterations * reports.length));
    }
    rounds.sort((a, b) => a - b);
    const paragraphs = reports.reduce((n, r) => n + r.paragraphs.length + r.recommendations.length, 0);
    console.log(
      `findings speed: ${rounds[2].toFixed(2)} ms per report (median of 5 rounds; best ${rounds[0].toFixed(2)}) ` +
        `over ${paragraphs} paragraphs and recommendations in ${reports.length} reports`,
    );
    expect(sink).toBeGreaterThan(0);
  }, 120_000);
});
