/**
 * Pure helpers for the theme pages (/themes, /themes/[id]): looking themes
 * up, links that keep filters, cell wording and the CSV export. No database.
 */
import { toCsv } from "../formatting/csv";
import { describeCounts } from "../evidence/display";
import { type Assessment, THEMES, type Theme } from "../findings";
import { toQueryString } from "../requests/params";
import type { ThemeCell, ThemeItem } from "../queries/themes";
import { CODE_CSV_COLUMNS, codeCells } from "../councils/codes";

export function findTheme(id: string): Theme | null {
  return THEMES.find((t) => t.id === id) ?? null;
}

export interface ThemeFilterValues {
  authority?: string;
  assessment?: Assessment;
}

/** The theme page's URL with these filters (and page), only the values given. */
export function themeHref(id: string, filters: ThemeFilterValues, page?: number): string {
  return `/themes/${encodeURIComponent(id)}${toQueryString({ authority: filters.authority, assessment: filters.assessment, page: page && page > 1 ? page : undefined })}`;
}

export function themeDownloadHref(id: string, filters: ThemeFilterValues, format: "csv" | "json"): string {
  return `/api/themes/${encodeURIComponent(id)}${toQueryString({ authority: filters.authority, assessment: filters.assessment, format })}`;
}

/** A matrix cell in words: "2 concerns, 1 strength", "1 paragraph, neither" or "–" (nothing on the theme). */
export function describeCell(cell: ThemeCell | undefined): string {
  if (!cell || cell.paragraphs === 0) return "none";
  const words = describeCounts(cell);
  return words === "none" ? `${cell.paragraphs} ${cell.paragraphs === 1 ? "paragraph" : "paragraphs"}, neither` : words;
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
  "text",
  "link",
];

export function themeCsv(items: ThemeItem[]): string {
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
      i.text,
      i.href,
    ]),
  );
}
