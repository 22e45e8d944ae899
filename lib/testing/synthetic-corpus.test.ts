import { describe, expect, it } from "vitest";
import { parseReport } from "../report/parse-report";
import { authorityNames, DEFAULT_SEED, generateCorpus } from "./synthetic-corpus";
import { createRng } from "./prng";

describe("mulberry32", () => {
  it("gives the same sequence for the same seed, another for another seed", () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("synthetic corpus", () => {
  const corpus = generateCorpus(200);

  it("is deterministic: the same seed gives the same texts", () => {
    const again = generateCorpus(200, DEFAULT_SEED);
    expect(again.map((r) => r.text)).toEqual(corpus.map((r) => r.text));
    expect(generateCorpus(20, DEFAULT_SEED + 1).map((r) => r.text)).not.toEqual(corpus.slice(0, 20).map((r) => r.text));
  });

  it("labels every authority as synthetic, with a unique slug-safe name", () => {
    for (const n of [20, 150, 1500]) {
      const names = authorityNames(n);
      expect(new Set(names).size).toBe(n);
      expect(names.every((name) => /^Synthetic( [A-Z][a-z]+)+$/.test(name))).toBe(true);
    }
    const slugs = corpus.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(corpus.length);
    expect(slugs.every((s) => /^synthetic(-[a-z]+)+$/.test(s))).toBe(true);
  });

  it("writes half the reports marked up like barnet.txt and half plain like dudley.txt", () => {
    const markup = corpus.filter((r) => r.format === "markup");
    expect(markup.length).toBe(100);
    expect(markup.every((r) => r.text.includes("<b>Date of Joint Report</b>") && r.text.includes("## **Recommendations**"))).toBe(true);
    const plain = corpus.filter((r) => r.format === "plain");
    expect(plain.length).toBe(100);
    expect(plain.every((r) => !/<b>|<sup>|\*\*|^#/m.test(r.text))).toBe(true);
    expect(markup.some((r) => r.expected.footnotes > 0)).toBe(true);
  });

  it("every text parses with no warnings, and reads back what was generated", () => {
    expect(corpus).toHaveLength(200);
    for (const r of corpus) {
      const report = parseReport(r.text);
      expect(report.warnings, r.name).toEqual([]);
      const e = r.expected;
      expect(report.authority).toBe(e.authority);
      expect(report.reportDate).toBe(e.reportDate);
      expect(report.reportDate >= "2011-01-01" && report.reportDate <= "2012-12-31").toBe(true);
      expect(report.inspection).toEqual(e.inspection);
      expect(report.ratings.map((x) => x.grade)).toEqual(e.grades);
      expect(report.ratings.map((x) => x.inspection)).toEqual([
        "safeguarding",
        "safeguarding",
        "safeguarding",
        "looked-after",
        "looked-after",
        "looked-after",
      ]);
      expect({
        childrenPopulation: report.context.childrenPopulation,
        lookedAfterChildren: report.context.lookedAfterChildren,
        childProtectionPlans: report.context.childProtectionPlans,
      }).toEqual(e.figures);
      expect(report.sections.map((s) => s.outcome)).toEqual(e.outcomes);
      expect(report.sections.reduce((n, s) => n + s.paragraphs.length, 0)).toBe(e.paragraphs);
      expect(report.footnotes.length).toBe(e.footnotes);
      expect(report.recommendations.map((x) => ({ months: x.deadline.months, source: x.source, text: x.text }))).toEqual(e.recommendations);
      expect(report.recommendations.every((x) => x.deadline.label === `Within ${x.deadline.months} months`)).toBe(true);
    }
  });
});
