import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { ftsQueryFor } from "../search/fts-query";

export const SEARCH_PAGE_SIZE = 20;

/** Marks around matched words in snippets: control characters no report text contains. */
export const MATCH_START = "\u0001";
export const MATCH_END = "\u0002";

export interface SearchFilters {
  q: string;
  authority?: string;
  /** An outcome number, or "general" for "General – leadership and management". */
  outcome?: number | "general";
  page: number;
}

export interface SearchHit {
  kind: "paragraph" | "recommendation";
  authority: { slug: string; name: string };
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
}

export type SearchResult =
  | { ok: true; hits: SearchHit[]; total: number; page: number; pageCount: number }
  | { ok: false; reason: "empty-query" };

interface Row {
  rowid: bigint | number;
  snippet: string;
  ref: string | null;
  outcome: bigint | number | null;
  sectionTitle: string | null;
  deadlineLabel: string | null;
  position: bigint | number | null;
  reportDate: string;
  slug: string;
  name: string;
  latestDate: string;
}

function filterSql(filters: SearchFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.authority) parts.push(Prisma.sql`AND a.slug = ${filters.authority}`);
  if (filters.outcome === "general") parts.push(Prisma.sql`AND p.id IS NOT NULL AND p.outcome IS NULL`);
  else if (filters.outcome !== undefined) parts.push(Prisma.sql`AND p.outcome = ${filters.outcome}`);
  return parts.length ? Prisma.join(parts, " ") : Prisma.empty;
}

// Rowids of the search index are Paragraph.id * 2 and Recommendation.id * 2 + 1
// (prisma/migrations/0002_search).
const FROM = Prisma.sql`
  FROM SearchIndex s
  LEFT JOIN Paragraph p ON s.rowid % 2 = 0 AND p.id = s.rowid / 2
  LEFT JOIN Recommendation r ON s.rowid % 2 = 1 AND r.id = s.rowid / 2
  JOIN Report rep ON rep.id = coalesce(p.reportId, r.reportId)
  JOIN Authority a ON a.id = rep.authorityId`;

const anchor = (ref: string) => `p-${ref.replace(/\./g, "-")}`;

/**
 * Full-text search over finding paragraphs and recommendations of every
 * report, best matches first (FTS5's bm25 rank). Phrases, prefixes, OR and
 * NOT are supported; any other input is searched for as words.
 */
export async function search(filters: SearchFilters): Promise<SearchResult> {
  const match = ftsQueryFor(filters.q);
  if (match === null) return { ok: false, reason: "empty-query" };
  const where = Prisma.sql`WHERE SearchIndex MATCH ${match} ${filterSql(filters)}`;
  const offset = (filters.page - 1) * SEARCH_PAGE_SIZE;
  const [countRows, rows] = await Promise.all([
    db.$queryRaw<{ total: bigint | number }[]>(Prisma.sql`SELECT count(*) AS total ${FROM} ${where}`),
    db.$queryRaw<Row[]>(Prisma.sql`
      SELECT s.rowid AS rowid,
             snippet(SearchIndex, 0, ${MATCH_START}, ${MATCH_END}, '…', 32) AS snippet,
             p.ref AS ref, p.outcome AS outcome, sec.title AS sectionTitle,
             r.deadlineLabel AS deadlineLabel, r.position AS position,
             rep.reportDate AS reportDate, a.slug AS slug, a.name AS name,
             (SELECT max(x.reportDate) FROM Report x WHERE x.authorityId = rep.authorityId) AS latestDate
      ${FROM}
      LEFT JOIN Section sec ON sec.id = p.sectionId
      ${where}
      ORDER BY bm25(SearchIndex), s.rowid
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`),
  ]);
  const total = Number(countRows[0]?.total ?? 0);
  const hits = rows.map((row): SearchHit => {
    const latest = row.reportDate === row.latestDate;
    const page = `/authorities/${row.slug}${latest ? "" : `?report=${row.reportDate}`}`;
    const isParagraph = Number(row.rowid) % 2 === 0;
    return {
      kind: isParagraph ? "paragraph" : "recommendation",
      authority: { slug: row.slug, name: row.name },
      reportDate: row.reportDate,
      latest,
      outcome: row.outcome === null ? null : Number(row.outcome),
      heading: isParagraph ? (row.sectionTitle ?? "") : (row.deadlineLabel ?? ""),
      ref: row.ref,
      snippet: row.snippet,
      href: isParagraph && row.ref ? `${page}#${anchor(row.ref)}` : `${page}#recommendations`,
    };
  });
  return { ok: true, hits, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)) };
}

/** The outcomes that have paragraphs, for the search filter's options. */
export async function outcomeOptions(): Promise<{ value: number | "general"; title: string }[]> {
  // Grouped in SQL along the outcome index: Prisma's `distinct` would read every section.
  const rows = await db.$queryRaw<{ outcome: bigint | number | null; title: string }[]>(
    Prisma.sql`SELECT outcome, MIN(title) AS title FROM Section GROUP BY outcome ORDER BY outcome`,
  );
  return rows.map((r) => {
    const outcome = r.outcome === null ? null : Number(r.outcome);
    return { value: outcome ?? "general", title: outcome === null ? r.title : `Outcome ${outcome}: ${r.title}` };
  });
}
