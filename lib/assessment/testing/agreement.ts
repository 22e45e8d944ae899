/**
 * How far the rules agree with human labels (docs/assessment.md, "How we
 * know"). Used by the tests that hold the rules to their targets.
 */
import { assessParagraph, assessSentences } from "../assess";
import { themesOf } from "../themes";
import type { Assessment } from "../types";

export interface LabelledParagraph {
  ref: string;
  source?: string;
  themes?: string[];
  sentences: { text: string; label: Assessment }[];
}

export interface Agreement {
  paragraphs: number;
  agreed: number;
  /** Paragraphs the labels say contain a concern (concern or mixed). */
  withConcern: number;
  /** Of those, how many the rules flag concern or mixed. */
  flagged: number;
  sentences: number;
  sentencesAgreed: number;
  disagreements: { ref: string; want: Assessment; got: Assessment }[];
}

const hasConcern = (a: Assessment) => a === "concern" || a === "mixed";

export function agreement(labelled: readonly LabelledParagraph[]): Agreement {
  const result: Agreement = {
    paragraphs: labelled.length,
    agreed: 0,
    withConcern: 0,
    flagged: 0,
    sentences: 0,
    sentencesAgreed: 0,
    disagreements: [],
  };
  for (const paragraph of labelled) {
    const got = assessParagraph(paragraph.sentences.map((s) => s.text).join(" "));
    const want = assessSentences(paragraph.sentences.map((s) => s.label));
    if (got.assessment === want) result.agreed += 1;
    else result.disagreements.push({ ref: [paragraph.source, paragraph.ref].filter(Boolean).join(" "), want, got: got.assessment });
    if (hasConcern(want)) {
      result.withConcern += 1;
      if (hasConcern(got.assessment)) result.flagged += 1;
    }
    result.sentences += paragraph.sentences.length;
    paragraph.sentences.forEach((s, i) => {
      if (got.sentences[i]?.assessment === s.label) result.sentencesAgreed += 1;
    });
  }
  return result;
}

export interface ThemeAgreement {
  /** Tags the rules and the labels share. */
  agreed: number;
  /** Tags the rules give. */
  tagged: number;
  /** Tags the labels give. */
  labelled: number;
  /** Per paragraph, the tags given but not labelled and labelled but not given. */
  differences: { ref: string; extra: string[]; missed: string[] }[];
}

/** How far themesOf agrees with labelled paragraphs' themes: precision is agreed/tagged, recall agreed/labelled. */
export function themeAgreement(labelled: readonly LabelledParagraph[]): ThemeAgreement {
  const result: ThemeAgreement = { agreed: 0, tagged: 0, labelled: 0, differences: [] };
  for (const paragraph of labelled) {
    const want = paragraph.themes ?? [];
    const got = themesOf(paragraph.sentences.map((s) => s.text).join(" "));
    const extra = got.filter((t) => !want.includes(t));
    const missed = want.filter((t) => !got.includes(t));
    result.agreed += got.length - extra.length;
    result.tagged += got.length;
    result.labelled += want.length;
    if (extra.length || missed.length) {
      result.differences.push({ ref: [paragraph.source, paragraph.ref].filter(Boolean).join(" "), extra, missed });
    }
  }
  return result;
}
