import { describe, expect, it } from "vitest";
import { assessSentence } from "./assess";
import { runPhenomenon, type Suite } from "./behaviour/generate";
import suiteData from "./behaviour/suite.json";

/**
 * The behavioural suite (lib/assessment/behaviour/suite.json, written from the
 * labelling guide, not from reports): per phenomenon, minimum-functionality,
 * invariance and directional cases. Prints the pass rate of each and fails
 * under its floor; a failing case is printed with what it got.
 */
const suite = suiteData as unknown as Suite;
const assess = (sentence: string) => assessSentence(sentence).assessment;

describe("behavioural suite (CheckList)", () => {
  const all = suite.phenomena.map((p) => ({ phenomenon: p, results: runPhenomenon(p, suite.fillers, assess) }));

  it("has 300 or more sentences in all", () => {
    const sentences = all.reduce((n, { results }) => n + results.reduce((m, r) => m + (r.kind === "dir" ? 2 : 1), 0), 0);
    console.log(`behavioural suite: ${sentences} sentences`);
    expect(sentences).toBeGreaterThanOrEqual(300);
  });

  for (const { phenomenon, results } of all) {
    it(`${phenomenon.id}: at least ${phenomenon.floor * 100}% pass (${phenomenon.name})`, () => {
      const passed = results.filter((r) => r.pass).length;
      const byKind = (["mft", "inv", "dir"] as const)
        .map((kind) => {
          const of = results.filter((r) => r.kind === kind);
          return `${kind} ${of.filter((r) => r.pass).length}/${of.length}`;
        })
        .join(", ");
      const failed = results.filter((r) => !r.pass).map((r) => `  ✗ ${r.kind} ${r.text} — want ${r.want}, got ${r.got}`);
      console.log(
        `behaviour ${phenomenon.id}: ${passed}/${results.length} = ${((100 * passed) / results.length).toFixed(1)}% (${byKind})` +
          (failed.length ? "\n" + failed.join("\n") : ""),
      );
      expect(passed / results.length).toBeGreaterThanOrEqual(phenomenon.floor);
    });
  }
});
