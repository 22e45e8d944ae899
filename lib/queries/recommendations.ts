import type { AuthorityPicker } from "../authorities/authority-picker";
import type { AuthorityCodes } from "../councils/codes";
import { db } from "../db";
import { deadlineKeyDays, deadlineKeyLabel } from "../recommendations/deadlines";
import { Prisma } from "../generated/prisma/client";
import type { RecommendationFilters } from "../requests/params";
import type { RecommendationSource } from "../report/types";
import { authorityPickerFor } from "./authorities";
import { authorityIdsInRegion } from "./authority-regions";
import { sqlRows } from "./sql";

export const PAGE_SIZE = 50;

export interface RecommendationRow {
  id: number;
  authority: { slug: string; name: string } & AuthorityCodes;
  reportDate: string;
  deadline: { key: string; label: string };
  dueDate: string;
  addressee: string | null;
  text: string;
  source: RecommendationSource;
  attribution: string | null;
}

export interface RecommendationPage {
  rows: RecommendationRow[];
  total: number;
  page: number;
  pageCount: number;
}

/** SQLite LIKE wildcards: Prisma's `contains` passes them through unescaped (no ESCAPE clause). */
const LIKE_WILDCARD = /[%_]/;

async function where(filters: Omit<RecommendationFilters, "page">): Promise<Prisma.RecommendationWhereInput> {
  const and: Prisma.RecommendationWhereInput[] = [];
  if (filters.deadline) and.push({ deadlineKey: filters.deadline });
  if (filters.authority) and.push({ authority: { slug: filters.authority } });
  if (filters.region) and.push({ authorityId: { in: await authorityIdsInRegion(filters.region) } });
  if (filters.source) and.push({ source: filters.source });
  if (filters.dueAfter) and.push({ dueDate: { gte: filters.dueAfter } });
  if (filters.dueBefore) and.push({ dueDate: { lte: filters.dueBefore } });
  if (filters.q) {
    // Every word must appear, in the text or the addressee (SQLite LIKE: case-insensitive for ASCII).
    for (const word of filters.q.split(/\s+/).filter(Boolean).slice(0, 10)) {
      if (LIKE_WILDCARD.test(word)) {
        // `contains` would turn "%" or "_" into wildcards that match everything: match such words
        // literally instead (lower() folds ASCII case, as LIKE does).
        const ids = await sqlRows<{ id: number }>(
          db,
          Prisma.sql`SELECT id FROM Recommendation
            WHERE instr(lower(text), lower(${word})) > 0 OR instr(lower(coalesce(addressee, '')), lower(${word})) > 0`,
        );
        and.push({ id: { in: ids.map((r) => r.id) } });
      } else {
        and.push({ OR: [{ text: { contains: word } }, { addressee: { contains: word } }] });
      }
    }
  }
  return { AND: and };
}

const select = {
  id: true,
  deadlineKey: true,
  deadlineLabel: true,
  dueDate: true,
  addressee: true,
  text: true,
  source: true,
  attribution: true,
  authority: { select: { slug: true, name: true, laNumber: true, onsCode: true, onsRegion: true } },
  report: { select: { reportDate: true } },
} as const;

type Row = Prisma.RecommendationGetPayload<{ select: typeof select }>;

function toRow(r: Row): RecommendationRow {
  return {
    id: r.id,
    authority: r.authority,
    reportDate: r.report.reportDate,
    deadline: { key: r.deadlineKey, label: r.deadlineLabel },
    dueDate: r.dueDate,
    addressee: r.addressee,
    text: r.text,
    source: r.source as RecommendationSource,
    attribution: r.attribution,
  };
}

/** Soonest due first; grouped by council, councils A to Z and each soonest due first. */
function orderBy(group: "council" | undefined): Prisma.RecommendationOrderByWithRelationInput[] {
  const due = { dueDate: "asc" } as const;
  const byName = { authority: { name: "asc" } } as const;
  return [
    ...(group === "council" ? [byName, { authorityId: "asc" } as const, due] : [due, byName]),
    { reportId: "asc" },
    { position: "asc" },
  ];
}

/** One page of the register, soonest due first (or grouped by council). */
export async function listRecommendations(filters: RecommendationFilters): Promise<RecommendationPage> {
  const w = await where(filters);
  const [total, rows] = await Promise.all([
    db.recommendation.count({ where: w }),
    db.recommendation.findMany({
      where: w,
      orderBy: orderBy(filters.group),
      select,
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return { rows: rows.map(toRow), total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** How many recommendations each of the given councils has under the filters (all pages), by slug. */
export async function countByAuthority(filters: Omit<RecommendationFilters, "page">, slugs: string[]): Promise<Map<string, number>> {
  const w = await where({ ...filters, authority: undefined });
  const groups = await db.recommendation.groupBy({
    by: ["authorityId"],
    where: { AND: [w, { authority: { slug: { in: filters.authority ? [filters.authority] : slugs } } }] },
    _count: { _all: true },
  });
  const ids = await db.authority.findMany({ where: { id: { in: groups.map((g) => g.authorityId) } }, select: { id: true, slug: true } });
  const slugOf = new Map(ids.map((a) => [a.id, a.slug]));
  return new Map(groups.map((g) => [slugOf.get(g.authorityId) ?? "", g._count._all]));
}

/** Every matching recommendation, for CSV and JSON downloads. */
export async function exportRecommendations(filters: Omit<RecommendationFilters, "page">): Promise<RecommendationRow[]> {
  const rows = await db.recommendation.findMany({ where: await where(filters), orderBy: orderBy(filters.group), select });
  return rows.map(toRow);
}

export interface DeadlineOption {
  key: string;
  label: string;
  count: number;
}

/** The deadlines present in the data, soonest first, with how many recommendations each has. */
export async function deadlineOptions(): Promise<DeadlineOption[]> {
  const groups = await db.recommendation.groupBy({ by: ["deadlineKey"], _count: { _all: true } });
  return groups
    .map((g) => ({ key: g.deadlineKey, label: deadlineKeyLabel(g.deadlineKey), count: g._count._all }))
    .sort((a, b) => deadlineKeyDays(a.key) - deadlineKeyDays(b.key));
}

const WITH_RECOMMENDATIONS = { recommendations: { some: {} } } satisfies Prisma.AuthorityWhereInput;

/** Authorities that have recommendations, for the filter's list. */
export async function authorityOptions(): Promise<{ slug: string; name: string }[]> {
  return db.authority.findMany({ where: WITH_RECOMMENDATIONS, orderBy: { name: "asc" }, select: { slug: true, name: true } });
}

/** The register's authority filter: a list of the authorities that have recommendations while they are few, else a name to type. */
export function authorityFilterPicker(): Promise<AuthorityPicker> {
  return authorityPickerFor(WITH_RECOMMENDATIONS);
}
