import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { filterAndSort, type HomeRequest, isJudgementSort, needsEveryRow } from "../home/home-filters";
import {
  type AuthorityOverview,
  type AuthorityOverviewPage,
  listAuthorityOverviewPage,
  listAuthorityOverviews,
  OVERVIEW_PAGE_SIZE,
} from "./authority-overviews";
import { sqlRows } from "./sql";

/** The names of the authorities with a report, in the order of the home page's name sort (authority-overviews.ts orderBy). */
async function namesInNameOrder(dir: "asc" | "desc"): Promise<string[]> {
  const direction = dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const rows = await sqlRows<{ name: string }>(
    db,
    Prisma.sql`SELECT a.name AS name FROM Authority a WHERE EXISTS (SELECT 1 FROM Report r WHERE r.authorityId = a.id)
      ORDER BY a.name COLLATE NOCASE ${direction}, a.name COLLATE NOCASE ASC, a.slug ASC`,
  );
  return rows.map((r) => r.name);
}

interface HomeListing extends AuthorityOverviewPage {
  /** Authorities with a report, whatever the filters. */
  all: number;
  /** The names of every authority the filters keep, in order, when the pages are in name order and more than one; else empty. */
  namesInOrder: string[];
}

/**
 * One page of the home page's authorities. Unfiltered and in a column's
 * order, SQL sorts and pages (listAuthorityOverviewPage); with a region or
 * grade filter, or in a judgement's order, every authority's latest grades
 * are read and chosen in lib/home/home-filters.ts (a few hundred rows).
 */
export async function listHomePage(request: HomeRequest, pageSize = OVERVIEW_PAGE_SIZE): Promise<HomeListing> {
  const { sort, dir, page } = request;
  if (!needsEveryRow(request)) {
    const result = await listAuthorityOverviewPage(sort as "name" | "region" | "date", dir, page, pageSize);
    const named = sort === "name" && result.pageCount > 1;
    const names = named ? await namesInNameOrder(dir) : [];
    return { ...result, all: result.total, namesInOrder: names };
  }
  const every = await listAuthorityOverviews(isJudgementSort(sort) ? "name" : sort, isJudgementSort(sort) ? "asc" : dir);
  const kept: AuthorityOverview[] = filterAndSort(every, request);
  const pageCount = Math.max(1, Math.ceil(kept.length / pageSize));
  return {
    rows: kept.slice((page - 1) * pageSize, page * pageSize),
    total: kept.length,
    all: every.length,
    page,
    pageCount,
    pageSize,
    namesInOrder: sort === "name" && pageCount > 1 ? kept.map((a) => a.name) : [],
  };
}
