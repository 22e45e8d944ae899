import { type FigureRow, figureRows } from "../authorities/context-figures";
import { type AssessmentCounts, assessedBy, countAssessments, raisesConcern, describeAssessmentCounts } from "../evidence/display";
import { THEMES, type Theme } from "../assessment";
import type { AssessedReport, AssessedSection, Grade, Inspection } from "../report/types";
import { type AuthorityCodes, CODE_CSV_COLUMNS } from "../councils/codes";
import { paragraphId } from "../authorities/authority-page";
import { concernThemes } from "../evidence/concern-themes";

const GRADE_RANK: Record<Grade, number> = { Outstanding: 4, Good: 3, Adequate: 2, Inadequate: 1 };

export interface RatingComparison {
  inspection: Inspection;
  judgement: string;
  a: Grade | null;
  b: Grade | null;
  /** Which side is graded higher; null when they are the same or one is missing. */
  higher: "a" | "b" | null;
  differs: boolean;
}

export interface OutcomeComparison {
  /** null for "General – leadership and management". */
  outcome: number | null;
  title: string;
  a: AssessedSection | null;
  b: AssessedSection | null;
}

export interface FigureComparison {
  label: string;
  a: FigureRow;
  b: FigureRow;
}

export interface Comparison {
  ratings: RatingComparison[];
  figures: FigureComparison[];
  outcomes: OutcomeComparison[];
}

/** A paragraph's anchor on the comparison page, where both councils' paragraphs share the page: "dudley-p-13-1". */
export function comparisonParagraphId(slug: string, ref: string): string {
  return `${slug}-${paragraphId(ref)}`;
}

const judgementKey = (inspection: string, judgement: string) => `${inspection}|${judgement.toLowerCase().replace(/\s+/g, " ").trim()}`;

/** Aligns two reports row by row: ratings by judgement, figures by name, findings by CQC outcome. */
export function compareReports(a: AssessedReport, b: AssessedReport): Comparison {
  const rows = new Map<string, RatingComparison>();
  for (const [side, report] of [
    ["a", a],
    ["b", b],
  ] as const) {
    for (const r of report.ratings) {
      const key = judgementKey(r.inspection, r.judgement);
      const row = rows.get(key) ?? { inspection: r.inspection, judgement: r.judgement, a: null, b: null, higher: null, differs: false };
      row[side] ??= r.grade;
      rows.set(key, row);
    }
  }
  const ratings = [...rows.values()].map((row) => {
    const differs = row.a !== row.b;
    const higher = row.a && row.b && differs ? (GRADE_RANK[row.a] > GRADE_RANK[row.b] ? "a" : "b") : null;
    return { ...row, differs, higher } satisfies RatingComparison;
  });
  // Safeguarding rows first, then looked after, each in report order.
  ratings.sort((x, y) => (x.inspection === y.inspection ? 0 : x.inspection === "safeguarding" ? -1 : 1));

  const aFigures = figureRows(a.context);
  const bFigures = figureRows(b.context);
  const figures = aFigures.map((row, i) => ({ label: row.label, a: row, b: bFigures[i] }));

  const outcomes = new Map<string, OutcomeComparison>();
  for (const [side, report] of [
    ["a", a],
    ["b", b],
  ] as const) {
    for (const section of report.sections) {
      const key = String(section.outcome);
      const row = outcomes.get(key) ?? { outcome: section.outcome, title: section.title, a: null, b: null };
      // A report repeating an outcome keeps both sections' paragraphs together.
      const existing = row[side];
      row[side] = existing ? { ...existing, paragraphs: [...existing.paragraphs, ...section.paragraphs] } : section;
      outcomes.set(key, row);
    }
  }
  const ordered = [...outcomes.values()].sort((x, y) => (x.outcome ?? -1) - (y.outcome ?? -1));
  return { ratings, figures, outcomes: ordered };
}

/** "Barnet is graded higher: Good against Adequate." — the difference in words. */
export function describeDifference(row: RatingComparison, aName: string, bName: string): string {
  if (!row.a || !row.b) return `Only ${row.a ? aName : bName} has this judgement.`;
  if (!row.higher) return "Same grade.";
  const [higher, lower] = row.higher === "a" ? [aName, bName] : [bName, aName];
  const [hg, lg] = row.higher === "a" ? [row.a, row.b] : [row.b, row.a];
  return `${higher} is graded higher: ${hg} against ${lower}'s ${lg}.`;
}

/** How one side's paragraphs on an outcome read: null when its report does not cover the outcome. */
interface OutcomeEvidence {
  outcome: number | null;
  title: string;
  a: AssessmentCounts | null;
  b: AssessmentCounts | null;
}

/** A theme raised as a concern on at least one side: the refs of the paragraphs raising it. */
export interface ThemeContrast {
  theme: Theme;
  a: string[];
  b: string[];
  /** Which side alone raises it as a concern; null when both do. */
  only: "a" | "b" | null;
}

export interface EvidenceComparison {
  outcomes: OutcomeEvidence[];
  themes: ThemeContrast[];
}

/** By theme id, the refs of a report's paragraphs with a sentence marked concern about that theme. */
function concernRefsByTheme(report: AssessedReport): Map<string, string[]> {
  const byTheme = new Map<string, string[]>();
  for (const p of report.sections.flatMap((s) => s.paragraphs))
    for (const id of concernThemes(p.sentences)) byTheme.set(id, [...(byTheme.get(id) ?? []), p.ref]);
  return byTheme;
}

/**
 * What the two reports' findings say differently: per outcome, each side's
 * paragraphs counted once under their own tag, and which themes each raises
 * as a concern (a sentence marked concern about the theme, lib/evidence/concern-themes),
 * those raised on one side only first.
 */
export function compareEvidence(comparison: Comparison, a: AssessedReport, b: AssessedReport): EvidenceComparison {
  const outcomes = comparison.outcomes.map((o) => ({
    outcome: o.outcome,
    title: o.title,
    a: o.a ? countAssessments(o.a.paragraphs) : null,
    b: o.b ? countAssessments(o.b.paragraphs) : null,
  }));
  const [byA, byB] = [concernRefsByTheme(a), concernRefsByTheme(b)];
  const themes = THEMES.map((theme): ThemeContrast => {
    const refsA = byA.get(theme.id) ?? [];
    const refsB = byB.get(theme.id) ?? [];
    return { theme, a: refsA, b: refsB, only: refsA.length && !refsB.length ? "a" : refsB.length && !refsA.length ? "b" : null };
  }).filter((t) => t.a.length || t.b.length);
  // One-sided differences are what a reader comes for; shared concerns follow, each group in theme order.
  themes.sort((x, y) => Number(x.only === null) - Number(y.only === null));
  return { outcomes, themes };
}

const paragraphs = (n: number) => `${n} ${n === 1 ? "paragraph" : "paragraphs"}`;

/** "Records and systems: a concern in 3 of Dudley's paragraphs (6.1, 13.1, 13.3), in none of Barnet's." */
export function describeThemeContrast(t: ThemeContrast, aName: string, bName: string): string {
  const refs = (r: string[]) => `(${r.join(", ")})`;
  if (t.only) {
    const [raising, other, r] = t.only === "a" ? [aName, bName, t.a] : [bName, aName, t.b];
    return `${t.theme.name}: a concern in ${paragraphs(r.length)} of ${raising}'s ${refs(r)}, in none of ${other}'s.`;
  }
  return `${t.theme.name}: a concern in both, ${paragraphs(t.a.length)} of ${aName}'s ${refs(t.a)} and ${paragraphs(t.b.length)} of ${bName}'s ${refs(t.b)}.`;
}

/** "3 paragraphs: 1 strength, 1 concern, 1 mixed" for one side of an outcome: each paragraph counted once. */
export function describeOutcomeSide(counts: AssessmentCounts | null): string {
  if (!counts) return "Not covered";
  return describeAssessmentCounts(counts);
}

const INSPECTION_NAME: Record<Inspection, string> = { safeguarding: "safeguarding", "looked-after": "looked after children" };

/**
 * The judgements that differ, in words: "Being Healthy: Good in Barnet,
 * Adequate in Dudley." A judgement whose name both inspections use is
 * followed by its inspection ("Capacity for improvement (safeguarding)").
 */
export function describeRatingDifferences(ratings: RatingComparison[], aName: string, bName: string): string[] {
  const key = (r: RatingComparison) => r.judgement.toLowerCase();
  const shared = (r: RatingComparison) => ratings.some((o) => o.inspection !== r.inspection && key(o) === key(r));
  const grade = (g: Grade | null, name: string) => `${g ?? "not graded"} in ${name}`;
  return ratings
    .filter((r) => r.differs)
    .map((r) => `${r.judgement}${shared(r) ? ` (${INSPECTION_NAME[r.inspection]})` : ""}: ${grade(r.a, aName)}, ${grade(r.b, bName)}.`);
}

/** The comparison with only the paragraphs raising a concern, and only the outcomes where either side raises one. */
export function onlyConcerns(comparison: Comparison): Comparison {
  const keep = (section: AssessedSection | null) =>
    section && { ...section, paragraphs: section.paragraphs.filter((p) => raisesConcern(p.assessment)) };
  return {
    ...comparison,
    outcomes: comparison.outcomes
      .map((o) => ({ ...o, a: keep(o.a), b: keep(o.b) }))
      .filter((o) => (o.a?.paragraphs.length ?? 0) + (o.b?.paragraphs.length ?? 0) > 0),
  };
}

export const COMPARISON_CSV_HEADER = [
  "outcome",
  "outcome_title",
  "authority",
  ...CODE_CSV_COLUMNS,
  "ref",
  "assessment",
  "assessed_by",
  "themes",
  "text",
  "link",
];

/** One side of a comparison as its CSV names it: the authority and its codes (nulls when unmatched). */
export type ComparisonSide = { slug: string; name: string } & Partial<AuthorityCodes>;

/** One CSV row per paragraph of the (possibly filtered) comparison, outcome by outcome, first side first. */
export function comparisonCsvRows(comparison: Comparison, a: ComparisonSide, b: ComparisonSide, origin = ""): (string | number | null)[][] {
  return comparison.outcomes.flatMap((o) =>
    (
      [
        [a, o.a],
        [b, o.b],
      ] as const
    ).flatMap(([side, section]) =>
      (section?.paragraphs ?? []).map((p) => [
        o.outcome,
        o.title,
        side.name,
        side.laNumber ?? null,
        side.onsCode ?? null,
        side.onsRegion ?? null,
        p.ref,
        p.assessment,
        assessedBy(p.review !== undefined),
        p.themes.join(" "),
        p.text,
        `${origin}/authorities/${side.slug}#p-${p.ref.replace(/\./g, "-")}`,
      ]),
    ),
  );
}
