import { db } from "../db";
import type { Assessment } from "../findings";
import { Prisma } from "../generated/prisma/client";

/*
 * Themes across councils. Everything here reads each authority's latest
 * report only, as its page shows by default, so that a council re-inspected is
 * counted once. The counts and lists come from the theme tables' indexes
 * (ParagraphTheme carries the report and assessment for that).
 */

const LATEST = Prisma.sql`r.reportDate = (SELECT max(x.reportDate) FROM Report x WHERE x.authorityId = r.authorityId)`;

export const MATRIX_PAGE_SIZE = 50;

export interface ThemeCell {
  /** Paragraphs on the theme that raise a concern (concern or mixed). */
  concerns: number;
  /** Paragraphs on the theme that record a strength (strength or mixed). */
  strengths: number;
  paragraphs: number;
}

export interface MatrixRow {
  slug: string;
  name: string;
  reportDate: string;
  /** By theme id; a theme with no paragraph is absent. */
  cells: Record<string, ThemeCell>;
}

export interface ThemeMatrix {
  rows: MatrixRow[];
  total: number;
  page: number;
  pageCount: number;
}

/** Councils (A to Z, a page at a time) by themes: how many of their paragraphs on each raise a concern or record a strength. */
export async function themeMatrix(page: number): Promise<ThemeMatrix> {
  const [{ total }] = await db.$queryRaw<{ total: number | bigint }[]>(Prisma.sql`SELECT count(*) AS total FROM Authority a WHERE EXISTS (SELECT 1 FROM Report r WHERE r.authorityId = a.id)`);
  const rows = await db.$queryRaw<{ slug: string; name: string; reportDate: string; theme: string | null; concerns: number | bigint | null; strengths: number | bigint | null; paragraphs: number | bigint }[]>(Prisma.sql`
    WITH shown AS (
      SELECT a.id, a.slug, a.name FROM Authority a WHERE EXISTS (SELECT 1 FROM Report r WHERE r.authorityId = a.id)
      ORDER BY a.name, a.slug LIMIT ${MATRIX_PAGE_SIZE} OFFSET ${(page - 1) * MATRIX_PAGE_SIZE}
    )
    SELECT s.slug, s.name, r.reportDate, pt.theme,
      sum(pt.assessment IN ('concern', 'mixed')) AS concerns,
      sum(pt.assessment IN ('strength', 'mixed')) AS strengths,
      count(pt.theme) AS paragraphs
    FROM shown s
    JOIN Report r ON r.authorityId = s.id AND ${LATEST}
    LEFT JOIN ParagraphTheme pt ON pt.reportId = r.id
    GROUP BY s.id, pt.theme
    ORDER BY s.name, s.slug`);
  const bySlug = new Map<string, MatrixRow>();
  for (const row of rows) {
    const entry = bySlug.get(row.slug) ?? { slug: row.slug, name: row.name, reportDate: row.reportDate, cells: {} };
    if (row.theme !== null) {
      entry.cells[row.theme] = { concerns: Number(row.concerns ?? 0), strengths: Number(row.strengths ?? 0), paragraphs: Number(row.paragraphs) };
    }
    bySlug.set(row.slug, entry);
  }
  const count = Number(total);
  return { rows: [...bySlug.values()], total: count, page, pageCount: Math.max(1, Math.ceil(count / MATRIX_PAGE_SIZE)) };
}

export const THEME_PAGE_SIZE = 50;

export interface ThemeFilters {
  authority?: string;
  assessment?: Assessment;
  page: number;
}

export interface ThemeItem {
  kind: "paragraph" | "recommendation";
  authority: { slug: string; name: string };
  reportDate: string;
  /** Paragraph ref ("13.1"); null for a recommendation. */
  ref: string | null;
  outcome: number | null;
  /** Section title for a paragraph; the deadline for a recommendation. */
  heading: string;
  /** Null for a recommendation: recommendations are not assessed. */
  assessment: Assessment | null;
  text: string;
  /** Where it is on its authority's page. */
  href: string;
}

export interface ThemeEvidence {
  items: ThemeItem[];
  total: number;
  page: number;
  pageCount: number;
}

interface ItemRow {
  kind: "paragraph" | "recommendation";
  slug: string;
  name: string;
  reportDate: string;
  ref: string | null;
  outcome: number | bigint | null;
  heading: string;
  assessment: Assessment | null;
  text: string;
}

function itemsSql(theme: string, filters: Omit<ThemeFilters, "page">): Prisma.Sql {
  const authority = filters.authority ? Prisma.sql`AND a.slug = ${filters.authority}` : Prisma.empty;
  const paragraphs = Prisma.sql`
    SELECT 'paragraph' AS kind, a.slug, a.name, r.reportDate, p.ref, p.outcome, sec.title AS heading, p.assessment, p.text,
      0 AS k, p.position AS position
    FROM ParagraphTheme pt
    JOIN Report r ON r.id = pt.reportId
    JOIN Authority a ON a.id = r.authorityId
    JOIN Paragraph p ON p.id = pt.paragraphId
    JOIN Section sec ON sec.id = p.sectionId
    WHERE pt.theme = ${theme} AND ${LATEST} ${authority}
      ${filters.assessment ? Prisma.sql`AND pt.assessment = ${filters.assessment}` : Prisma.empty}`;
  // Recommendations are not assessed: a filter on assessment leaves them out.
  if (filters.assessment) return paragraphs;
  return Prisma.sql`${paragraphs}
    UNION ALL
    SELECT 'recommendation', a.slug, a.name, r.reportDate, NULL, NULL, rec.deadlineLabel, NULL, rec.text, 1, rec.position
    FROM RecommendationTheme rt
    JOIN Report r ON r.id = rt.reportId
    JOIN Authority a ON a.id = r.authorityId
    JOIN Recommendation rec ON rec.id = rt.recommendationId
    WHERE rt.theme = ${theme} AND ${LATEST} ${authority}`;
}

const anchor = (ref: string) => `p-${ref.replace(/\./g, "-")}`;

function toItem(row: ItemRow): ThemeItem {
  return {
    kind: row.kind,
    authority: { slug: row.slug, name: row.name },
    reportDate: row.reportDate,
    ref: row.ref,
    outcome: row.outcome === null ? null : Number(row.outcome),
    heading: row.heading,
    assessment: row.assessment,
    text: row.text,
    href: `/authorities/${row.slug}#${row.ref ? anchor(row.ref) : "recommendations"}`,
  };
}

/** The paragraphs and recommendations on a theme, council by council (A to Z), paragraphs first in report order. */
export async function themeEvidence(theme: string, filters: ThemeFilters): Promise<ThemeEvidence> {
  const items = itemsSql(theme, filters);
  const [countRows, rows] = await Promise.all([
    db.$queryRaw<{ total: number | bigint }[]>(Prisma.sql`SELECT count(*) AS total FROM (${items})`),
    db.$queryRaw<ItemRow[]>(Prisma.sql`SELECT * FROM (${items}) ORDER BY name, slug, k, position
      LIMIT ${THEME_PAGE_SIZE} OFFSET ${(filters.page - 1) * THEME_PAGE_SIZE}`),
  ]);
  const total = Number(countRows[0]?.total ?? 0);
  return { items: rows.map(toItem), total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / THEME_PAGE_SIZE)) };
}

/** Every match, unpaged, for the downloads. */
export async function exportThemeEvidence(theme: string, filters: Omit<ThemeFilters, "page">): Promise<ThemeItem[]> {
  const rows = await db.$queryRaw<ItemRow[]>(Prisma.sql`SELECT * FROM (${itemsSql(theme, filters)}) ORDER BY name, slug, k, position`);
  return rows.map(toItem);
}
