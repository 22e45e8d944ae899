/**
 * Which reviewer's mark belongs to which paragraph of a report. Re-importing a
 * report replaces its paragraph rows (new ids), so a mark is tied to its
 * paragraph by what stays: the paragraph's number and a digest of its text. A
 * paragraph renumbered with the same text keeps its mark; a mark whose text is
 * no longer in the report is unmatched (shown to admins, never dropped). Pure.
 */
import { createHash } from "node:crypto";

/** Text compared without regard to runs of white space, which a parser change may alter. */
function normalText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** SHA-256 of a paragraph's text with runs of white space made one space: what a mark is keyed by. */
export function textHash(text: string): string {
  return createHash("sha256").update(normalText(text), "utf8").digest("hex");
}

interface ParagraphKey {
  id: number;
  ref: string;
  text: string;
}

interface CorrectionKey {
  id: number;
  ref: string;
  textHash: string;
}

interface MatchedCorrections<C extends CorrectionKey> {
  /** Paragraph id → its reviewer's mark. */
  byParagraph: Map<number, C>;
  unmatched: C[];
}

/** Pairs each mark with at most one paragraph: same number and text first, then the same text under another number. */
export function matchCorrections<C extends CorrectionKey>(paragraphs: ParagraphKey[], corrections: C[]): MatchedCorrections<C> {
  const byParagraph = new Map<number, C>();
  const free = new Set(corrections);
  const hashes = new Map(paragraphs.map((p) => [p.id, textHash(p.text)]));
  const pass = (fits: (p: ParagraphKey, c: C) => boolean) => {
    for (const paragraph of paragraphs) {
      if (byParagraph.has(paragraph.id)) continue;
      const correction = [...free].find((c) => fits(paragraph, c));
      if (correction) {
        byParagraph.set(paragraph.id, correction);
        free.delete(correction);
      }
    }
  };
  pass((p, c) => p.ref === c.ref && hashes.get(p.id) === c.textHash);
  pass((p, c) => hashes.get(p.id) === c.textHash);
  return { byParagraph, unmatched: [...free] };
}
