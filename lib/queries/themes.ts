import { type AuthorityCodes, codesOf } from "../councils/codes";
import { db } from "../db";
import type { Assessment } from "../assessment";
import { Prisma } from "../generated/prisma/client";
import type { Region } from "../councils/regions";
import { countAuthoritiesWithReports } from "./authority-overviews";
import { authoritiesWithRegions } from "./authority-regions";
import { CODE_COLUMNS } from "./council-codes";
import { sqlCount, sqlRows } from "./sql";

/*
 * Themes across councils. Everything here reads each authority's latest
 * report only, as its page shows by default, so that a council re-inspected is
 * counted once. The counts and lists come from the theme tables' indexes
 * (ParagraphTheme carries the report and assessment for that).
 */

const LATEST = Prisma.sql`r.reportDate = (SELECT max(x.reportDate) FROM Report x WHERE x.authorityId = r.authorityId)`;

/** Councils a page of the matrix holds: 20 keeps /themes under 200 KB of HTML (issue 26; 50 made 1.49 MB at 152 councils). */
export const MATRIX_PAGE_SIZE = 20;

/** A council's paragraphs on a theme, each counted once under its own tag (they add up to `paragraphs`). */
export interface ThemeCell {
  strength: number;
  concern: number;
  mixed: number;
  neutral: number;
  paragraphs: number;
  /** How many of them carry a reviewer's mark (lib/corrections); absent when none do. */
  reviewed?: number;
}

export interface MatrixRow extends AuthorityCodes {
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
  /** The names of every council the matrix pages through, in its order, when that is A to Z; empty when sorted by a theme. */
  namesInOrder: string[];
}

export interface MatrixOptions {
  page: number;
  /** Only the councils of this region. */
  region?: Region;
  /** A theme id: councils with most concerns against strengths on it first; A to Z without. */
  sort?: string;
}

interface MatrixSqlRow extends AuthorityCodes {
  slug: string;
  name: string;
  reportDate: string;
  theme: string | null;
  strength: number | null;
  concern: number | null;
  mixed: number | null;
  neutral: number | null;
  paragraphs: number;
  reviewed: number;
}

/** The order of the councils: by the balance on a theme (concerns less strengths, then concerns), then A to Z. */
function matrixOrderSql(sort: string | undefined): { join: Prisma.Sql; order: Prisma.Sql } {
  if (!sort) return { join: Prisma.empty, order: Prisma.sql`a.name, a.slug` };
  return {
    join: Prisma.sql`LEFT JOIN (
      SELECT r.authorityId, sum(pt.assessment = 'concern') AS c, sum(pt.assessment = 'strength') AS s
      FROM Report r JOIN ParagraphTheme pt ON pt.reportId = r.id AND pt.theme = ${sort}
      WHERE ${LATEST} GROUP BY r.authorityId) k ON k.authorityId = a.id`,
    order: Prisma.sql`coalesce(k.c, 0) - coalesce(k.s, 0) DESC, coalesce(k.c, 0) DESC, a.name, a.slug`,
  };
}

/**
 * The councils the matrix pages through: a region's (their ids) or every one
 * with a report, how many, and their names A to Z (the matrix's order without
 * a theme, `a.name, a.slug`) for the page links; no names when sorted by a theme.
 */
async function matrixCouncils(region: Region | undefined, sort: string | undefined) {
  if (region) {
    const inRegion = (await authoritiesWithRegions()).filter((a) => a.region === region);
    return { ids: inRegion.map((a) => a.id), total: inRegion.length, namesInOrder: sort ? [] : inRegion.map((a) => a.name) };
  }
  if (sort) return { ids: null, total: await countAuthoritiesWithReports(), namesInOrder: [] };
  const names = await db.authority.findMany({
    where: { reports: { some: {} } },
    select: { name: true },
    orderBy: [{ name: "asc" }, { slug: "asc" }],
  });
  return { ids: null, total: names.length, namesInOrder: names.map((a) => a.name) };
}

/** Councils (a page at a time, in a region or all) by themes: their paragraphs on each, counted by tag. */
export async function themeMatrix({ page, region, sort }: MatrixOptions): Promise<ThemeMatrix> {
  const { ids, total, namesInOrder } = await matrixCouncils(region, sort);
  // 0 is no authority's id: a region with none loaded gives an empty list, not a syntax error.
  const inRegion = ids ? Prisma.sql`AND a.id IN (${Prisma.join([0, ...ids])})` : Prisma.empty;
  const { join, order } = matrixOrderSql(sort);
  const rows = await sqlRows<MatrixSqlRow>(
    db,
    Prisma.sql`
    WITH shown AS (
      SELECT a.id, a.slug, a.name, a.laNumber, a.onsCode, a.onsRegion, row_number() OVER (ORDER BY ${order}) AS rank
      FROM Authority a ${join}
      WHERE EXISTS (SELECT 1 FROM Report r WHERE r.authorityId = a.id) ${inRegion}
      ORDER BY ${order} LIMIT ${MATRIX_PAGE_SIZE} OFFSET ${(page - 1) * MATRIX_PAGE_SIZE}
    )
    SELECT s.slug, s.name, s.laNumber, s.onsCode, s.onsRegion, r.reportDate, pt.theme,
      sum(pt.assessment = 'strength') AS strength,
      sum(pt.assessment = 'concern') AS concern,
      sum(pt.assessment = 'mixed') AS mixed,
      sum(pt.assessment = 'neutral') AS neutral,
      count(pt.theme) AS paragraphs,
      count(mc.id) AS reviewed
    FROM shown s
    JOIN Report r ON r.authorityId = s.id AND ${LATEST}
    LEFT JOIN ParagraphTheme pt ON pt.reportId = r.id
    LEFT JOIN MarkCorrection mc ON mc.paragraphId = pt.paragraphId
    GROUP BY s.id, pt.theme
    ORDER BY s.rank`,
  );
  const bySlug = new Map<string, MatrixRow>();
  for (const row of rows) {
    const entry = bySlug.get(row.slug) ?? { slug: row.slug, name: row.name, ...codesOf(row), reportDate: row.reportDate, cells: {} };
    if (row.theme !== null) {
      entry.cells[row.theme] = {
        strength: row.strength ?? 0,
        concern: row.concern ?? 0,
        mixed: row.mixed ?? 0,
        neutral: row.neutral ?? 0,
        paragraphs: row.paragraphs,
        ...(row.reviewed > 0 ? { reviewed: row.reviewed } : {}),
      };
    }
    bySlug.set(row.slug, entry);
  }
  return { rows: [...bySlug.values()], total, page, pageCount: Math.max(1, Math.ceil(total / MATRIX_PAGE_SIZE)), namesInOrder };
}

export const THEME_PAGE_SIZE = 50;

export interface ThemeFilters {
  authority?: string;
  assessment?: Assessment;
  page: number;
}

export interface ThemeItem {
  kind: "paragraph" | "recommendation";
  authority: { slug: string; name: string } & AuthorityCodes;
  reportDate: string;
  /** Paragraph ref ("13.1"); null for a recommendation. */
  ref: string | null;
  outcome: number | null;
  /** Section title for a paragraph; the deadline for a recommendation. */
  heading: string;
  /** Null for a recommendation: recommendations are not assessed. */
  assessment: Assessment | null;
  /** Present when the assessment is a reviewer's mark (lib/corrections). */
  reviewed?: true;
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

interface ItemRow extends AuthorityCodes {
  kind: "paragraph" | "recommendation";
  slug: string;
  name: string;
  reportDate: string;
  ref: string | null;
  outcome: number | null;
  heading: string;
  assessment: Assessment | null;
  reviewed?: number | null;
  text: string;
}

/**
 * Each authority's latest report with the authority's name for the sort: from
 * the Report table grouped by authority (one row per council, read off the
 * (authorityId, reportDate) index), not a check per theme row.
 */
function latestReportsSql(authority: string | undefined): Prisma.Sql {
  return Prisma.sql`SELECT r.id, r.reportDate, a.slug, a.name
    FROM (SELECT authorityId, max(reportDate) AS reportDate FROM Report GROUP BY authorityId) l
    JOIN Report r ON r.authorityId = l.authorityId AND r.reportDate = l.reportDate
    JOIN Authority a ON a.id = r.authorityId
    ${authority ? Prisma.sql`WHERE a.slug = ${authority}` : Prisma.empty}`;
}

/**
 * The matches' keys, no text: paragraph (k = 0) or recommendation (k = 1) ids
 * and their report, from the theme tables' indexes and the latest reports.
 */
function matchesSql(theme: string, filters: Omit<ThemeFilters, "page">): Prisma.Sql {
  const paragraphs = Prisma.sql`
    SELECT 0 AS k, pt.paragraphId AS itemId, pt.reportId, pt.assessment FROM ParagraphTheme pt JOIN latest lr ON lr.id = pt.reportId
    WHERE pt.theme = ${theme} ${filters.assessment ? Prisma.sql`AND pt.assessment = ${filters.assessment}` : Prisma.empty}`;
  // Recommendations are not assessed: a filter on assessment leaves them out.
  if (filters.assessment) return paragraphs;
  return Prisma.sql`${paragraphs}
    UNION ALL
    SELECT 1, rt.recommendationId, rt.reportId, NULL FROM RecommendationTheme rt JOIN latest lr ON lr.id = rt.reportId
    WHERE rt.theme = ${theme}`;
}

/**
 * The matches (one page of them, or all), then their texts. Councils sort A to
 * Z, so a page is worked out from how many matches each council has (counted on
 * the indexes) before any paragraph row is read: only the councils the page
 * reaches have their matches' positions looked up, and only the page's rows
 * get their texts.
 */
function itemsSql(theme: string, filters: Omit<ThemeFilters, "page">, page: { limit: number; offset: number } | null): Prisma.Sql {
  const inPage = (first: Prisma.Sql, last: Prisma.Sql) =>
    page ? Prisma.sql`WHERE ${last} > ${page.offset} AND ${first} < ${page.offset + page.limit}` : Prisma.empty;
  return Prisma.sql`
    WITH latest AS (${latestReportsSql(filters.authority)}),
    matches AS MATERIALIZED (${matchesSql(theme, filters)}),
    perReport AS (
      SELECT lr.id, lr.slug, lr.name, lr.reportDate, c.n,
        sum(c.n) OVER (ORDER BY lr.name, lr.slug, lr.id ROWS UNBOUNDED PRECEDING) - c.n AS before
      FROM (SELECT reportId, count(*) AS n FROM matches GROUP BY reportId) c JOIN latest lr ON lr.id = c.reportId
    ),
    shownReports AS (SELECT * FROM perReport ${inPage(Prisma.sql`before`, Prisma.sql`before + n`)}),
    ranked AS (
      SELECT m.k, m.itemId, sr.id AS reportId, sr.slug, sr.name, sr.reportDate, coalesce(pp.position, rp.position) AS position,
        sr.before + row_number() OVER (PARTITION BY sr.id ORDER BY m.k, coalesce(pp.position, rp.position)) AS rn
      FROM shownReports sr
      JOIN matches m ON m.reportId = sr.id
      LEFT JOIN Paragraph pp ON m.k = 0 AND pp.id = m.itemId
      LEFT JOIN Recommendation rp ON m.k = 1 AND rp.id = m.itemId
    ),
    shown AS (SELECT * FROM ranked ${inPage(Prisma.sql`rn - 1`, Prisma.sql`rn`)})
    SELECT CASE s.k WHEN 0 THEN 'paragraph' ELSE 'recommendation' END AS kind, s.slug, s.name, ${CODE_COLUMNS}, s.reportDate,
      p.ref, p.outcome, CASE s.k WHEN 0 THEN sec.title ELSE rec.deadlineLabel END AS heading, p.assessment,
      (SELECT 1 FROM MarkCorrection mc WHERE mc.paragraphId = p.id) AS reviewed,
      CASE s.k WHEN 0 THEN p.text ELSE rec.text END AS text
    FROM shown s
    JOIN Authority a ON a.slug = s.slug
    LEFT JOIN Paragraph p ON s.k = 0 AND p.id = s.itemId
    LEFT JOIN Section sec ON sec.id = p.sectionId
    LEFT JOIN Recommendation rec ON s.k = 1 AND rec.id = s.itemId
    ORDER BY s.name, s.slug, s.reportId, s.k, s.position`;
}

/** How many matches: the theme tables against the latest reports, no text. */
function countSql(theme: string, filters: Omit<ThemeFilters, "page">): Prisma.Sql {
  const paragraphs = Prisma.sql`SELECT count(*) FROM ParagraphTheme pt JOIN latest lr ON lr.id = pt.reportId
    WHERE pt.theme = ${theme} ${filters.assessment ? Prisma.sql`AND pt.assessment = ${filters.assessment}` : Prisma.empty}`;
  const recommendations = filters.assessment
    ? Prisma.sql`0`
    : Prisma.sql`(SELECT count(*) FROM RecommendationTheme rt JOIN latest lr ON lr.id = rt.reportId WHERE rt.theme = ${theme})`;
  return Prisma.sql`WITH latest AS (${latestReportsSql(filters.authority)}) SELECT (${paragraphs}) + ${recommendations} AS total`;
}

const anchor = (ref: string) => `p-${ref.replace(/\./g, "-")}`;

function toItem(row: ItemRow): ThemeItem {
  return {
    kind: row.kind,
    authority: { slug: row.slug, name: row.name, ...codesOf(row) },
    reportDate: row.reportDate,
    ref: row.ref,
    outcome: row.outcome,
    heading: row.heading,
    assessment: row.assessment,
    ...(row.reviewed === 1 ? { reviewed: true as const } : {}),
    text: row.text,
    href: `/authorities/${row.slug}#${row.ref ? anchor(row.ref) : "recommendations"}`,
  };
}

/** The paragraphs and recommendations on a theme, council by council (A to Z), paragraphs first in report order. */
export async function themeEvidence(theme: string, filters: ThemeFilters): Promise<ThemeEvidence> {
  const [total, rows] = await Promise.all([
    sqlCount(db, countSql(theme, filters)),
    sqlRows<ItemRow>(db, itemsSql(theme, filters, { limit: THEME_PAGE_SIZE, offset: (filters.page - 1) * THEME_PAGE_SIZE })),
  ]);
  return { items: rows.map(toItem), total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / THEME_PAGE_SIZE)) };
}

/** Every match, unpaged, for the downloads. */
export async function exportThemeEvidence(theme: string, filters: Omit<ThemeFilters, "page">): Promise<ThemeItem[]> {
  const rows = await sqlRows<ItemRow>(db, itemsSql(theme, filters, null));
  return rows.map(toItem);
}

/** A council's paragraphs (each under its own tag) and recommendations on a theme, and where its items start in the list. */
export interface ThemeCouncilCounts extends ThemeCell {
  slug: string;
  name: string;
  recommendations: number;
  /** Its paragraphs and recommendations. */
  items: number;
  /** How many items of the councils before it: the page its items start on follows. */
  before: number;
}

/** Per council, A to Z as the list goes, its counts on the theme: the theme page's summary, from the indexes, no text read. */
export async function themeCouncilCounts(theme: string, filters: Omit<ThemeFilters, "page">): Promise<ThemeCouncilCounts[]> {
  return sqlRows<ThemeCouncilCounts>(
    db,
    Prisma.sql`
    WITH latest AS (${latestReportsSql(filters.authority)}),
    matches AS MATERIALIZED (${matchesSql(theme, filters)})
    SELECT lr.slug, lr.name,
      sum(m.assessment = 'strength') AS strength, sum(m.assessment = 'concern') AS concern,
      sum(m.assessment = 'mixed') AS mixed, sum(m.assessment = 'neutral') AS neutral,
      sum(m.k = 0) AS paragraphs, sum(m.k = 1) AS recommendations, count(*) AS items,
      sum(count(*)) OVER (ORDER BY lr.name, lr.slug, lr.id ROWS UNBOUNDED PRECEDING) - count(*) AS "before"
    FROM matches m JOIN latest lr ON lr.id = m.reportId
    GROUP BY lr.id
    ORDER BY lr.name, lr.slug, lr.id`,
  );
}
