import { paragraphId, recommendationId } from "../authorities/authority-page";
import { type AuthorityCodes, codesOf } from "../councils/codes";
import type { Region } from "../councils/regions";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Assessment } from "../assessment";
import { ftsQueryFor } from "../search/fts-query";
import { inRegionSql } from "./authority-regions";
import { CODE_COLUMNS } from "./council-codes";
import { sqlCount, sqlRows } from "./sql";

const SEARCH_PAGE_SIZE = 20;

/** Marks around matched words in snippets: control characters no report text contains. */
export const MATCH_START = "\u0001";
export const MATCH_END = "\u0002";

export interface SearchFilters {
  q: string;
  authority?: string;
  /** Only the councils of this region. */
  region?: Region;
  /** An outcome number, or "general" for "General – leadership and management". */
  outcome?: number | "general";
  /** A theme id: paragraphs and recommendations on it. */
  theme?: string;
  /** Paragraphs with this assessment (recommendations are not assessed, so they drop out). */
  assessment?: Assessment;
  page: number;
}

export interface SearchHit {
  kind: "paragraph" | "recommendation";
  authority: { slug: string; name: string } & AuthorityCodes;
  reportDate: string;
  /** Whether the hit is in the authority's latest report (its page shows that one by default). */
  latest: boolean;
  outcome: number | null;
  /** Section title for paragraphs; the deadline for recommendations. */
  heading: string;
  /** Paragraph ref ("6.5"), or null for a recommendation. */
  ref: string | null;
  /** Text around the matches, the matches between MATCH_START and MATCH_END. */
  snippet: string;
  /** Where the hit is on its authority's page. */
  href: string;
  /** How a paragraph reads as evidence; null for a recommendation. */
  assessment: Assessment | null;
  /** Present when the assessment is a reviewer's mark (lib/corrections). */
  reviewed?: true;
}

export type SearchResult =
  { ok: true; hits: SearchHit[]; total: number; page: number; pageCount: number } | { ok: false; reason: "empty-query" };

interface Row extends AuthorityCodes {
  rowid: number;
  snippet: string;
  ref: string | null;
  outcome: number | null;
  sectionTitle: string | null;
  deadlineLabel: string | null;
  position: number | null;
  assessment: Assessment | null;
  /** 1 when a reviewer's mark is applied to the paragraph. */
  reviewed?: number | null;
  reportDate: string;
  slug: string;
  name: string;
  latestDate: string;
}

/** The filters as SQL after the MATCH (the region's councils looked up first). */
export async function filterSql(filters: Omit<SearchFilters, "q" | "page">): Promise<Prisma.Sql> {
  const parts: Prisma.Sql[] = [await inRegionSql(Prisma.sql`a.id`, filters.region)];
  if (filters.authority) parts.push(Prisma.sql`AND a.slug = ${filters.authority}`);
  if (filters.outcome === "general") parts.push(Prisma.sql`AND p.id IS NOT NULL AND p.outcome IS NULL`);
  else if (filters.outcome !== undefined) parts.push(Prisma.sql`AND p.outcome = ${filters.outcome}`);
  if (filters.theme) {
    parts.push(Prisma.sql`AND (EXISTS (SELECT 1 FROM ParagraphTheme pt WHERE pt.paragraphId = p.id AND pt.theme = ${filters.theme})
      OR EXISTS (SELECT 1 FROM RecommendationTheme rt WHERE rt.recommendationId = r.id AND rt.theme = ${filters.theme}))`);
  }
  if (filters.assessment) parts.push(Prisma.sql`AND p.assessment = ${filters.assessment}`);
  return Prisma.join(parts, " ");
}

// Rowids of the search index are Paragraph.id * 2 and Recommendation.id * 2 + 1
// (prisma/migrations/0002_search).
export const FROM = Prisma.sql`
  FROM SearchIndex s
  LEFT JOIN Paragraph p ON s.rowid % 2 = 0 AND p.id = s.rowid / 2
  LEFT JOIN Recommendation r ON s.rowid % 2 = 1 AND r.id = s.rowid / 2
  JOIN Report rep ON rep.id = coalesce(p.reportId, r.reportId)
  JOIN Authority a ON a.id = rep.authorityId`;

/** Where a hit is on its authority's page: the paragraph, or the recommendation's row (each opens its fold). */
function hitAnchor(page: string, isParagraph: boolean, row: Pick<Row, "ref" | "position">): string {
  if (isParagraph) return row.ref ? `${page}#${paragraphId(row.ref)}` : page;
  return row.position === null ? `${page}#recommendations` : `${page}#${recommendationId(row.position + 1)}`;
}

/**
 * One page of the matches, grouped by council: the council with the best
 * match first (FTS5's bm25 rank), its matches best first, then the next. The
 * page's rowids are chosen on the index and the joins' keys alone; only they
 * get a snippet and their headings.
 */
function pageSql(match: string, filters: Prisma.Sql, offset: number): Prisma.Sql {
  return Prisma.sql`
    WITH ranked AS MATERIALIZED (
      SELECT s.rowid AS rowid, bm25(SearchIndex) AS score, a.id AS authorityId ${FROM}
      WHERE SearchIndex MATCH ${match} ${filters}
    ),
    shown AS (
      SELECT rowid, score, min(score) OVER (PARTITION BY authorityId) AS best, authorityId FROM ranked
      ORDER BY best, authorityId, score, rowid LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT s.rowid AS rowid,
           snippet(SearchIndex, 0, ${MATCH_START}, ${MATCH_END}, '…', 32) AS snippet,
           p.ref AS ref, p.outcome AS outcome, sec.title AS sectionTitle,
           r.deadlineLabel AS deadlineLabel, r.position AS position, p.assessment AS assessment,
           (SELECT 1 FROM MarkCorrection mc WHERE mc.paragraphId = p.id) AS reviewed,
           rep.reportDate AS reportDate, a.slug AS slug, a.name AS name, ${CODE_COLUMNS},
           (SELECT max(x.reportDate) FROM Report x WHERE x.authorityId = rep.authorityId) AS latestDate
    ${FROM}
    JOIN shown sh ON sh.rowid = s.rowid
    LEFT JOIN Section sec ON sec.id = p.sectionId
    WHERE SearchIndex MATCH ${match}
    ORDER BY sh.best, sh.authorityId, sh.score, sh.rowid`;
}

/**
 * Full-text search over finding paragraphs and recommendations of every
 * report, grouped by council, best matches first (pageSql). Phrases,
 * prefixes, OR and NOT are supported; any other input is searched for as words.
 */
export async function search(filters: SearchFilters): Promise<SearchResult> {
  const match = ftsQueryFor(filters.q);
  if (match === null) return { ok: false, reason: "empty-query" };
  const narrowed = await filterSql(filters);
  const offset = (filters.page - 1) * SEARCH_PAGE_SIZE;
  const [total, rows] = await Promise.all([
    sqlCount(db, Prisma.sql`SELECT count(*) AS total ${FROM} WHERE SearchIndex MATCH ${match} ${narrowed}`),
    sqlRows<Row>(db, pageSql(match, narrowed, offset)),
  ]);
  const hits = rows.map((row): SearchHit => {
    const latest = row.reportDate === row.latestDate;
    const page = `/authorities/${row.slug}${latest ? "" : `?report=${row.reportDate}`}`;
    const isParagraph = row.rowid % 2 === 0;
    return {
      kind: isParagraph ? "paragraph" : "recommendation",
      authority: { slug: row.slug, name: row.name, ...codesOf(row) },
      reportDate: row.reportDate,
      latest,
      outcome: row.outcome,
      heading: isParagraph ? (row.sectionTitle ?? "") : (row.deadlineLabel ?? ""),
      ref: row.ref,
      snippet: row.snippet,
      href: hitAnchor(page, isParagraph, row),
      assessment: isParagraph ? row.assessment : null,
      ...(isParagraph && row.reviewed === 1 ? { reviewed: true as const } : {}),
    };
  });
  return { ok: true, hits, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)) };
}

/** The outcomes that have paragraphs, for the search filter's options. */
export async function outcomeOptions(): Promise<{ value: number | "general"; title: string }[]> {
  // Raw: the client's groupBy gives the same SQL at 2.5× the CPU at N=150 (decision 0007).
  const rows = await sqlRows<{ outcome: number | null; title: string }>(
    db,
    Prisma.sql`SELECT outcome, MIN(title) AS title FROM Section GROUP BY outcome ORDER BY outcome`,
  );
  return rows.map(({ outcome, title }) => ({
    value: outcome ?? "general",
    title: outcome === null ? title : `Outcome ${outcome}: ${title}`,
  }));
}

/** The most a download holds: more than any real corpus's matches for a query worth downloading. */
const SEARCH_EXPORT_LIMIT = 10_000;

export interface SearchExportRow extends AuthorityCodes {
  kind: "paragraph" | "recommendation";
  authority: string;
  reportDate: string;
  latest: boolean;
  ref: string | null;
  outcome: number | null;
  heading: string;
  assessment: Assessment | null;
  /** Present when the assessment is a reviewer's mark (lib/corrections). */
  reviewed?: true;
  text: string;
  href: string;
}

/** Every match (up to SEARCH_EXPORT_LIMIT), best first, with whole texts rather than snippets: the search's downloads. */
export async function searchExport(filters: Omit<SearchFilters, "page">): Promise<SearchExportRow[] | null> {
  const match = ftsQueryFor(filters.q);
  if (match === null) return null;
  const rows = await sqlRows<Omit<Row, "snippet"> & { text: string }>(
    db,
    Prisma.sql`
    SELECT s.rowid AS rowid, coalesce(p.text, r.text) AS text,
           p.ref AS ref, p.outcome AS outcome, sec.title AS sectionTitle,
           r.deadlineLabel AS deadlineLabel, r.position AS position, p.assessment AS assessment,
           (SELECT 1 FROM MarkCorrection mc WHERE mc.paragraphId = p.id) AS reviewed,
           rep.reportDate AS reportDate, a.slug AS slug, a.name AS name, ${CODE_COLUMNS},
           (SELECT max(x.reportDate) FROM Report x WHERE x.authorityId = rep.authorityId) AS latestDate
    ${FROM}
    LEFT JOIN Section sec ON sec.id = p.sectionId
    WHERE SearchIndex MATCH ${match} ${await filterSql(filters)}
    ORDER BY bm25(SearchIndex), s.rowid
    LIMIT ${SEARCH_EXPORT_LIMIT}`,
  );
  return rows.map((row) => {
    const latest = row.reportDate === row.latestDate;
    const page = `/authorities/${row.slug}${latest ? "" : `?report=${row.reportDate}`}`;
    const isParagraph = row.rowid % 2 === 0;
    return {
      kind: isParagraph ? "paragraph" : "recommendation",
      authority: row.name,
      ...codesOf(row),
      reportDate: row.reportDate,
      latest,
      ref: row.ref,
      outcome: row.outcome,
      heading: isParagraph ? (row.sectionTitle ?? "") : (row.deadlineLabel ?? ""),
      assessment: isParagraph ? row.assessment : null,
      ...(isParagraph && row.reviewed === 1 ? { reviewed: true as const } : {}),
      text: row.text,
      href: hitAnchor(page, isParagraph, row),
    };
  });
}
