import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { agreement, themeAgreement, type LabelledParagraph } from "./testing/agreement";

/**
 * The frozen test set (docs/assessment.md, section 4): labelled before anything
 * ran on it, never used to change a rule or a word of the vocabulary. Its
 * figures are printed apart from the development sets'; only the totals are
 * printed, not which paragraphs disagree, so that reading the test's output
 * does not tune the rules to it. When its errors are looked at, retire it
 * (rename it a development set, as frozen-1.json became development-5.json,
 * frozen-2.json development-6.json and frozen-3.json development-7.json) and
 * label a fresh one.
 *
 * Frozen set 4 is to be labelled by another reader, apart from the rules' work;
 * it is read from disk rather than imported so that this file works (skipped,
 * with a message) without it.
 */
const FROZEN_FILE = fileURLToPath(new URL("./labels/frozen-4.json", import.meta.url));
const present = existsSync(FROZEN_FILE);
const frozen = present
  ? (JSON.parse(readFileSync(FROZEN_FILE, "utf8")) as { labelled?: string; paragraphs: LabelledParagraph[] })
  : undefined;
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;

/**
 * No floor yet: frozen set 4's first measurement (totals only) sets it, as frozen
 * set 3's (27/40 paragraphs, 29/32 concerns, themes 45 right with 12 extra) did;
 * whoever runs it first sets FLOOR to what it gives. Until then nothing is asserted.
 */
const FLOOR = undefined as { agreed: number; flagged: number; themesAgreed: number; themesExtra: number } | undefined;

if (!present) console.log("frozen set 4 (lib/assessment/labels/frozen-4.json) is not there yet: the frozen tests are skipped");

describe.skipIf(!present)("the frozen test set 4 (labelled " + (frozen?.labelled ?? "not yet") + ")", () => {
  const paragraphs = frozen?.paragraphs ?? [];

  it("assessment: paragraph agreement and concern recall, totals only", () => {
    const a = agreement(paragraphs);
    console.log(
      `findings frozen-4 (${paragraphs.length} paragraphs): paragraph agreement ${a.agreed}/${a.paragraphs} = ${pct(a.agreed, a.paragraphs)}; ` +
        `concern recall ${a.flagged}/${a.withConcern} = ${pct(a.flagged, a.withConcern)}; ` +
        `sentence agreement ${a.sentencesAgreed}/${a.sentences} = ${pct(a.sentencesAgreed, a.sentences)}`,
    );
    expect(a.paragraphs).toBeGreaterThan(0);
    if (FLOOR) {
      expect(a.agreed).toBeGreaterThanOrEqual(FLOOR.agreed);
      expect(a.flagged).toBeGreaterThanOrEqual(FLOOR.flagged);
    }
  });

  it("themes: precision and recall, totals only", () => {
    const t = themeAgreement(paragraphs);
    console.log(
      `findings frozen-4 themes: precision ${t.agreed}/${t.tagged} = ${pct(t.agreed, t.tagged)}, recall ${t.agreed}/${t.labelled} = ${pct(t.agreed, t.labelled)}`,
    );
    if (FLOOR) {
      expect(t.agreed).toBeGreaterThanOrEqual(FLOOR.themesAgreed);
      expect(t.tagged - t.agreed).toBeLessThanOrEqual(FLOOR.themesExtra);
    }
  });
});
