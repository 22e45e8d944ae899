/**
 * Pure helpers for the theme pages (/themes, /themes/[id]): looking themes
 * up, links that keep filters, cell wording and the CSV export. No database.
 */
import { toCsv } from "../formatting/csv";
import { assessedBy, countAssessments, describeAssessmentCounts } from "../evidence/display";
import { type Assessment, THEMES, type Theme } from "../assessment";
import { toQueryString } from "../requests/params";
import { THEME_PAGE_SIZE, type ThemeCell, type ThemeCouncilCounts, type ThemeItem } from "../queries/themes";
import { CODE_CSV_COLUMNS, codeCells } from "../councils/codes";

export function findTheme(id: string): Theme | null {
  return THEMES.find((t) => t.id === id) ?? null;
}

export interface ThemeFilterValues {
  authority?: string;
  assessment?: Assessment;
}

/** The id of a theme page's heading that says how many: page links lead back to it, so the reader keeps their place. */
export const THEME_RESULTS_ID = "results-count";

/** The theme page's URL with these filters (and page), only the values given, at `anchor` if given. */
export function themeHref(id: string, filters: ThemeFilterValues, page?: number, anchor?: string): string {
  const query = toQueryString({ authority: filters.authority, assessment: filters.assessment, page: page && page > 1 ? page : undefined });
  return `/themes/${encodeURIComponent(id)}${query}${anchor ? `#${anchor}` : ""}`;
}

export function themeDownloadHref(id: string, filters: ThemeFilterValues, format: "csv" | "json"): string {
  return `/api/themes/${encodeURIComponent(id)}${toQueryString({ authority: filters.authority, assessment: filters.assessment, format })}`;
}

/** A matrix cell in words: "9 paragraphs: 6 strengths, 1 concern, 2 mixed", or "none" (nothing on the theme). */
export function describeCell(cell: ThemeCell | undefined): string {
  if (!cell || cell.paragraphs === 0) return "none";
  return describeAssessmentCounts(cell);
}

/**
 * A matrix cell's reviewers' marks in words, "Includes 1 reviewer’s mark", or
 * null when none of its paragraphs has one: only those cells say it, so the
 * page grows by a line per reviewed cell, not per cell.
 */
export function describeReviewed(cell: ThemeCell | undefined): string | null {
  const n = cell?.reviewed ?? 0;
  if (n === 0) return null;
  return n === 1 ? "Includes 1 reviewer’s mark" : `Includes ${n} reviewers’ marks`;
}

/** Whether any cell of these councils' rows has a paragraph with a reviewer's mark: the key under the matrix says what that means. */
export function anyReviewed(rows: readonly { cells: Record<string, ThemeCell> }[]): boolean {
  return rows.some((row) => Object.values(row.cells).some((cell) => (cell.reviewed ?? 0) > 0));
}

export type CellBalance = "mostly-concerns" | "more-concerns" | "even" | "more-strengths" | "mostly-strengths" | "neither";

/** The balance's name in words, said before the counts so that the shade is never the only cue. */
export const BALANCE_WORDS: Record<CellBalance, string> = {
  "mostly-concerns": "Mostly concerns",
  "more-concerns": "More concerns",
  even: "Even",
  "more-strengths": "More strengths",
  "mostly-strengths": "Mostly strengths",
  neither: "Neither",
};

/**
 * The balance of a council's paragraphs on a theme: concerns against
 * strengths (a mixed paragraph weighs on neither side), "mostly" when the
 * difference is at least half the paragraphs. "1 concern, 9 strengths" is
 * mostly strengths, not as alarming as "6 concerns, 5 strengths".
 */
export function cellBalance(cell: ThemeCell): CellBalance {
  const lean = cell.concern - cell.strength;
  if (cell.concern + cell.strength + cell.mixed === 0) return "neither";
  if (lean === 0) return "even";
  const mostly = Math.abs(lean) * 2 >= cell.paragraphs;
  if (lean > 0) return mostly ? "mostly-concerns" : "more-concerns";
  return mostly ? "mostly-strengths" : "more-strengths";
}

const THEME_CSV_COLUMNS = [
  "authority",
  ...CODE_CSV_COLUMNS,
  "report_date",
  "kind",
  "ref",
  "outcome",
  "heading",
  "assessment",
  "assessed_by",
  "text",
  "link",
];

/** The CSV of a theme's items (`assessed_by` for paragraphs only: recommendations are not assessed); links absolute when `origin` ("https://example.org") is given, for use outside the site. */
export function themeCsv(items: ThemeItem[], origin = ""): string {
  return toCsv(
    THEME_CSV_COLUMNS,
    items.map((i) => [
      i.authority.name,
      ...codeCells(i.authority),
      i.reportDate,
      i.kind,
      i.ref,
      i.outcome,
      i.heading,
      i.assessment,
      i.kind === "paragraph" ? assessedBy(i.reviewed === true) : null,
      i.text,
      `${origin}${i.href}`,
    ]),
  );
}

/** The id of a council's group on a theme page, which its summary row links to. */
export const councilGroupId = (slug: string) => `council-${slug}`;

/** The id of an item on a theme page ("dudley-p-3-1", "dudley-recommendation-2"): a link to it opens its council's fold. */
export function themeItemId(item: ThemeItem, indexInGroup: number): string {
  return item.ref
    ? `${item.authority.slug}-p-${item.ref.replace(/\./g, "-")}`
    : `${item.authority.slug}-recommendation-${indexInGroup + 1}`;
}

export interface CouncilSummaryRow extends ThemeCouncilCounts {
  /** The page its items start on, at its group: "/themes/records?page=2#council-dudley". */
  href: string;
}

/** The theme page's summary: a row per council with its counts, linking down to its group on the page where the group starts. */
export function councilSummaryRows(counts: ThemeCouncilCounts[], themeId: string, filters: ThemeFilterValues): CouncilSummaryRow[] {
  return counts.map((c) => ({
    ...c,
    href: themeHref(themeId, filters, Math.floor(c.before / THEME_PAGE_SIZE) + 1, councilGroupId(c.slug)),
  }));
}

/** A council's fold on a theme page, in words: "3 paragraphs: 2 strengths, 1 concern; 1 recommendation". */
export function describeCouncilItems(items: ThemeItem[]): string {
  const paragraphs = items.flatMap((i) => (i.assessment ? [{ assessment: i.assessment }] : []));
  const recommendations = items.length - paragraphs.length;
  return [
    paragraphs.length > 0 && describeAssessmentCounts(countAssessments(paragraphs)),
    recommendations > 0 && `${recommendations} recommendation${recommendations === 1 ? "" : "s"}`,
  ]
    .filter(Boolean)
    .join("; ");
}
