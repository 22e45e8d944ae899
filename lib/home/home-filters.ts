/**
 * The home page's filters and orders (issue 26), as GET parameters shared by
 * the page and /api/authorities: `region` (one of the nine), `grade` with
 * `judgement` ("every council Inadequate on overall safeguarding"), and `sort`
 * by name, region, date or any of the six judgements. Pure: the rows are
 * filtered, sorted and paged here once read (lib/queries/home-listing.ts).
 */
import { z } from "zod";
import { authorityRegion, REGION_PARAM, type Region } from "../councils/regions";
import type { AuthorityOverview, OverviewSort, SortDirection } from "../queries/authority-overviews";
import { GRADES, type Grade } from "../report/types";
import type { ParamError, Parsed, RawParams } from "../requests/params";
import { firstParam } from "../requests/params";
import { JUDGEMENTS, type JudgementId, matrixGrades } from "./matrix";

const JUDGEMENT_IDS = JUDGEMENTS.map((j) => j.id) as [JudgementId, ...JudgementId[]];

/** What the home table can be sorted by: a column of the authorities table, or a judgement. */
export type HomeSort = OverviewSort | JudgementId;

export const isJudgementSort = (sort: HomeSort): sort is JudgementId => (JUDGEMENT_IDS as string[]).includes(sort);

export interface HomeFilters {
  region?: Region;
  grade?: Grade;
  /** The judgement a grade is looked for in, and the one a phone shows: overall safeguarding unless chosen. */
  judgement: JudgementId;
}

export interface HomeRequest {
  sort: HomeSort;
  dir: SortDirection;
  page: number;
  filters: HomeFilters;
}

const SORTS = ["name", "region", "date", ...JUDGEMENT_IDS] as const;

const schemas = {
  sort: z.enum(SORTS, { message: `must be name, region, date or a judgement (${JUDGEMENT_IDS.join(", ")})` }),
  dir: z.enum(["asc", "desc"], { message: "must be asc or desc" }),
  page: z.coerce
    .number({ message: "must be a page number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .max(100_000, "is too large"),
  region: REGION_PARAM,
  grade: z
    .string()
    .transform((g) => GRADES.find((grade) => grade.toLowerCase() === g.toLowerCase()))
    .pipe(z.enum(GRADES, { message: `must be ${GRADES.slice(0, -1).join(", ")} or ${GRADES.at(-1)}` })),
  judgement: z.enum(JUDGEMENT_IDS, { message: `must be one of ${JUDGEMENT_IDS.join(", ")}` }),
};

type Key = keyof typeof schemas;
const NAMES: Record<Key, string> = {
  sort: "Sort",
  dir: "Sort direction",
  page: "Page",
  region: "Region",
  grade: "Grade",
  judgement: "Judgement",
};

/**
 * The home page's parameters, each checked on its own: the values that are
 * good, and what is wrong with the others (which are then left out).
 */
export function readHomeParams(raw: RawParams): { values: Partial<{ [K in Key]: z.output<(typeof schemas)[K]> }>; errors: ParamError[] } {
  const values: Record<string, unknown> = {};
  const errors: ParamError[] = [];
  for (const key of Object.keys(schemas) as Key[]) {
    const given = firstParam(raw[key]);
    if (given === undefined) continue;
    const parsed = schemas[key].safeParse(given);
    if (parsed.success) values[key] = parsed.data;
    else errors.push({ param: key, message: `${NAMES[key]} ${parsed.error.issues[0].message}` });
  }
  return { values: values as Partial<{ [K in Key]: z.output<(typeof schemas)[K]> }>, errors };
}

/** Names and regions A to Z, dates newest first, grades Outstanding first. */
export const defaultDirection = (sort: HomeSort): SortDirection => (sort === "date" ? "desc" : "asc");

/** The request as the API reads it: every parameter valid, or a 400 naming those that are not. */
export function parseHomeRequest(raw: RawParams): Parsed<HomeRequest> {
  const { values, errors } = readHomeParams(raw);
  if (errors.length > 0) return { ok: false, errors };
  const sort = values.sort ?? "name";
  return {
    ok: true,
    value: {
      sort,
      dir: values.dir ?? defaultDirection(sort),
      page: values.page ?? 1,
      filters: { region: values.region, grade: values.grade, judgement: values.judgement ?? "safeguarding" },
    },
  };
}

export const judgementColumn = (id: JudgementId) => JUDGEMENT_IDS.indexOf(id);

const RANK: Record<Grade, number> = { Outstanding: 0, Good: 1, Adequate: 2, Inadequate: 3 };

/** Whether a filter (region or grade) narrows the list, or a judgement orders it: then every row is read and chosen here. */
export function needsEveryRow(request: HomeRequest): boolean {
  return Boolean(request.filters.region || request.filters.grade || isJudgementSort(request.sort));
}

/**
 * The rows the filters keep, in the order asked for: a judgement's grades
 * Outstanding first (asc) or Inadequate first (desc), councils without that
 * grade last either way, then by name. Rows come in name order.
 */
export function filterAndSort(rows: AuthorityOverview[], { sort, dir, filters }: Pick<HomeRequest, "sort" | "dir" | "filters">) {
  const column = judgementColumn(filters.judgement);
  const kept = rows.filter(
    (a) =>
      (!filters.region || authorityRegion({ onsRegion: a.onsRegion, reportRegion: a.region }) === filters.region) &&
      (!filters.grade || matrixGrades(a.ratings)[column] === filters.grade),
  );
  if (!isJudgementSort(sort)) return kept;
  const sortColumn = judgementColumn(sort);
  const rank = (a: AuthorityOverview) => {
    const grade = matrixGrades(a.ratings)[sortColumn];
    return grade === null ? 10 : dir === "asc" ? RANK[grade] : -RANK[grade];
  };
  return kept
    .map((a, i) => ({ a, i, r: rank(a) }))
    .sort((x, y) => x.r - y.r || x.i - y.i)
    .map(({ a }) => a);
}

/** What the filters choose, in words: "Inadequate on overall safeguarding, in London"; empty without filters. */
export function describeFilters(filters: HomeFilters): string {
  const judgement = JUDGEMENTS[judgementColumn(filters.judgement)];
  return [filters.grade && `${filters.grade} on ${judgement.phrase}`, filters.region && `in ${filters.region}`].filter(Boolean).join(", ");
}
