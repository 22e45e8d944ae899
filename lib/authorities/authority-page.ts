/**
 * Pure helpers for an authority's page (`/authorities/[slug]`): citable
 * anchors, date ranges, the `?report=` parameter and where footnotes go.
 * No database, no React.
 */
import { formatDate } from "../formatting/format";
import type { FindingSection, Footnote, Recommendation } from "../report/types";

/** Stable anchor of a findings paragraph: "6.5" → "p-6-5". */
export function paragraphId(ref: string): string {
  const safe = ref
    .trim()
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `p-${safe || "x"}`;
}

/** Anchor of a findings section: 6 → "section-6". */
export function sectionId(number: number): string {
  return `section-${number}`;
}

/** Anchor of a recommendation by its number in the report (from 1): "recommendation-3". */
export function recommendationId(number: number): string {
  return `recommendation-${number}`;
}

export interface DeadlineGroup {
  /** The deadline as written: "Within 3 months (from report)". */
  label: string;
  dueDate: string;
  /** Each with its number in the report, counted from 1 in report order. */
  items: { number: number; recommendation: Recommendation }[];
}

/**
 * The recommendations by deadline, soonest due first, each keeping its number
 * in the report: the order a board works through them in.
 */
export function groupByDeadline(recommendations: Recommendation[]): DeadlineGroup[] {
  const groups = new Map<string, DeadlineGroup>();
  recommendations.forEach((recommendation, i) => {
    const key = `${recommendation.dueDate} ${recommendation.deadline.label}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { label: recommendation.deadline.label, dueDate: recommendation.dueDate, items: [] }));
    group.items.push({ number: i + 1, recommendation });
  });
  return [...groups.values()].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** "9 recommendations: 8 from the joint Ofsted report, 1 from CQC", each source counted once. */
export function describeDeadlineGroup(group: DeadlineGroup): string {
  const n = group.items.length;
  const total = `${n} recommendation${n === 1 ? "" : "s"}`;
  const ofsted = group.items.filter((i) => i.recommendation.source === "Ofsted").length;
  if (ofsted === 0) return `${total}, from CQC`;
  if (ofsted === n) return `${total}, from the joint Ofsted report`;
  return `${total}: ${ofsted} from the joint Ofsted report, ${n - ofsted} from CQC`;
}

/** "Outcome 7: Safeguarding", or the title alone for the general section. */
export function sectionTitle(section: Pick<FindingSection, "outcome" | "title">): string {
  return section.outcome === null ? section.title : `Outcome ${section.outcome}: ${section.title}`;
}

/**
 * Inspection fieldwork dates in words: "9 January 2012 to 20 January 2012",
 * one date when they are the same, null when neither is known.
 */
export function formatDateRange(start: string | null, end: string | null): string | null {
  if (start && end) return start === end ? formatDate(start) : `${formatDate(start)} to ${formatDate(end)}`;
  if (start) return `From ${formatDate(start)}`;
  if (end) return `Until ${formatDate(end)}`;
  return null;
}

/** The context section's text as paragraphs (they are separated by a blank line). */
export function textParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export interface PlacedFootnote extends Footnote {
  /** Anchor of the footnote itself: "footnote-1". */
  id: string;
}

export interface FootnotePlacement {
  /** Footnotes shown under a findings section, by section number. */
  bySection: Map<number, PlacedFootnote[]>;
  /** Footnotes cited by a paragraph, by the paragraph's ref. */
  byParagraph: Map<string, PlacedFootnote[]>;
  /** Footnotes no paragraph cites: shown at the end of the findings. */
  unplaced: PlacedFootnote[];
}

/** Puts each footnote under the section of the paragraph citing it, or at the end. */
export function placeFootnotes(sections: FindingSection[], footnotes: Footnote[]): FootnotePlacement {
  const sectionOfRef = new Map<string, number>();
  for (const s of sections) for (const p of s.paragraphs) if (!sectionOfRef.has(p.ref)) sectionOfRef.set(p.ref, s.number);
  const placement: FootnotePlacement = { bySection: new Map(), byParagraph: new Map(), unplaced: [] };
  footnotes.forEach((f, i) => {
    const placed: PlacedFootnote = { ...f, id: `footnote-${i + 1}` };
    const section = f.ref === null ? undefined : sectionOfRef.get(f.ref);
    if (section === undefined || f.ref === null) {
      placement.unplaced.push(placed);
      return;
    }
    placement.bySection.set(section, [...(placement.bySection.get(section) ?? []), placed]);
    placement.byParagraph.set(f.ref, [...(placement.byParagraph.get(f.ref) ?? []), placed]);
  });
  return placement;
}
