import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { ftsQueryFor } from "../search/fts-query";
import { type AuthorityInRegion, authoritiesWithRegions } from "./authority-regions";
import { filterSql, FROM, type SearchFilters } from "./search";
import { sqlRows } from "./sql";

type FacetName = "council" | "outcome" | "theme" | "mark";

/** One value of a facet and how many of the matches have it, as SQL counts it. */
interface FacetCountRow {
  facet: FacetName;
  /** An authority id, an outcome number or "general", a theme id, or a mark. */
  value: string;
  count: number;
}

/**
 * The matches' counts by council, outcome, theme and mark, in one statement:
 * the matches (the search's filters applied) are found once on the index and
 * grouped four ways. Outcomes and marks count paragraphs only: a
 * recommendation has neither.
 */
function facetsSql(match: string, filters: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH m AS MATERIALIZED (
      SELECT p.id AS paragraphId, r.id AS recommendationId, a.id AS authorityId, p.outcome AS outcome, p.assessment AS assessment
      ${FROM}
      WHERE SearchIndex MATCH ${match} ${filters}
    )
    SELECT 'council' AS facet, CAST(authorityId AS TEXT) AS value, count(*) AS count FROM m GROUP BY authorityId
    UNION ALL
    SELECT 'outcome', coalesce(CAST(outcome AS TEXT), 'general'), count(*) FROM m WHERE paragraphId IS NOT NULL GROUP BY outcome
    UNION ALL
    SELECT 'mark', assessment, count(*) FROM m WHERE paragraphId IS NOT NULL GROUP BY assessment
    UNION ALL
    SELECT 'theme', theme, count(*) FROM (
      SELECT pt.theme FROM m JOIN ParagraphTheme pt ON pt.paragraphId = m.paragraphId
      UNION ALL
      SELECT rt.theme FROM m JOIN RecommendationTheme rt ON rt.recommendationId = m.recommendationId
    ) GROUP BY theme`;
}

export interface SearchFacetCounts {
  rows: FacetCountRow[];
  /** The councils with reports and their regions: names for the council facet, and what its counts roll up into by region. */
  authorities: AuthorityInRegion[];
}

/** The counts of the search's facets; null when the words have nothing to search for. */
export async function searchFacetCounts(filters: Omit<SearchFilters, "page">): Promise<SearchFacetCounts | null> {
  const match = ftsQueryFor(filters.q);
  if (match === null) return null;
  const [rows, authorities] = await Promise.all([
    sqlRows<FacetCountRow>(db, facetsSql(match, await filterSql(filters))),
    authoritiesWithRegions(),
  ]);
  return { rows, authorities };
}
