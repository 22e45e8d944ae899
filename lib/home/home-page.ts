/**
 * Pure helpers for the home page (`/`): sort links for the authorities table
 * and the columns of the ratings matrix. No database, no React.
 */
import { toCsv } from "../formatting/csv";
import type { AuthorityOverview, OverviewSort, SortDirection } from "../queries/authority-overviews";
import { CODE_CSV_COLUMNS, codeCells } from "../councils/codes";
import { JUDGEMENTS, MATRIX_COLUMNS, type MatrixColumn, matrixGrades } from "./matrix";
import { defaultDirection, type HomeFilters, type HomeSort, isJudgementSort, judgementColumn } from "./home-filters";

const COLUMN_LABEL: Record<OverviewSort, string> = { name: "Authority", region: "Region", date: "Report date" };

/** What a direction means for a column, in words: "A to Z", "newest first", "Inadequate first". */
function directionWords(sort: HomeSort, dir: SortDirection): string {
  if (sort === "date") return dir === "asc" ? "oldest first" : "newest first";
  if (isJudgementSort(sort)) return dir === "asc" ? "Outstanding first" : "Inadequate first";
  return dir === "asc" ? "A to Z" : "Z to A";
}

/** "sorted by region, Z to A", "sorted by being healthy, Inadequate first" */
export function describeSort(sort: HomeSort, dir: SortDirection): string {
  const what = isJudgementSort(sort)
    ? JUDGEMENTS[judgementColumn(sort)].phrase
    : sort === "name"
      ? "authority name"
      : sort === "region"
        ? "region"
        : "report date";
  return `sorted by ${what}, ${directionWords(sort, dir)}`;
}

export interface SortHeader {
  sort: HomeSort;
  /** Visible column heading. */
  label: string;
  /** For the `aria-sort` attribute of the column's th: only the sorted column has one. */
  ariaSort: "ascending" | "descending" | undefined;
  /** Where the heading's link goes: this column, in the direction a click should give, back at the table (`anchor`). */
  href: string;
  /** What following the link does, for screen readers: "sort Z to A". */
  action: string;
}

/** Where the home page is: its order, page and filters. */
export interface HomeState {
  sort: HomeSort;
  dir: SortDirection;
  page?: number;
  filters?: HomeFilters;
}

/**
 * The heading of a sortable column. Following the sorted column's link reverses
 * the order; another column's link sorts by it in its usual direction (names and
 * regions A to Z, dates newest first, grades Outstanding first). The filters are
 * kept, and the link comes back to the table (`#anchor`).
 */
export function sortHeader(column: HomeSort, current: HomeState, anchor = "authorities"): SortHeader {
  const sorted = current.sort === column;
  const nextDir: SortDirection = sorted ? (current.dir === "asc" ? "desc" : "asc") : defaultDirection(column);
  return {
    sort: column,
    label: isJudgementSort(column) ? JUDGEMENTS[judgementColumn(column)].label : COLUMN_LABEL[column],
    ariaSort: sorted ? (current.dir === "asc" ? "ascending" : "descending") : undefined,
    href: homeHref({ sort: column, dir: nextDir, filters: current.filters }, anchor, true),
    action: `sort ${directionWords(column, nextDir)}`,
  };
}

/** The parameters of a state: sort and dir left out when they are the default (name, A to Z), page 1 and the default judgement too. */
function homeParams({ sort, dir, page = 1, filters }: HomeState, keepSort = false): URLSearchParams {
  const params = new URLSearchParams();
  if (filters?.region) params.set("region", filters.region);
  if (filters?.grade) params.set("grade", filters.grade);
  if (filters?.judgement && filters.judgement !== "safeguarding") params.set("judgement", filters.judgement);
  if (keepSort || sort !== "name" || dir !== "asc") {
    params.set("sort", sort);
    params.set("dir", dir);
  }
  if (page > 1) params.set("page", String(page));
  return params;
}

/** The home page in this state, at `#anchor` when given. */
export function homeHref(state: HomeState, anchor?: string, keepSort = false): string {
  const query = homeParams(state, keepSort).toString();
  return `/${query ? `?${query}` : ""}${anchor ? `#${anchor}` : ""}`;
}

const count = (n: number) => n.toLocaleString("en-GB");

/**
 * Which authorities the table shows, for its caption: "2 authorities" when
 * they all fit on one page, "Authorities 51 to 100 of 1,500" when paged.
 */
export function homeTableRange({ total, page, pageSize, shown }: { total: number; page: number; pageSize: number; shown: number }): string {
  if (total <= pageSize) return total === 1 ? "1 authority" : `${count(total)} authorities`;
  const first = (page - 1) * pageSize + 1;
  return `Authorities ${count(first)} to ${count(first + shown - 1)} of ${count(total)}`;
}

/** The CSV column of a judgement: "safeguarding_health_agencies_contribution". */
function gradeColumn(column: MatrixColumn): string {
  const words = column.short
    .toLowerCase()
    .replace(/'/g, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  return `${column.inspection.replace("-", "_")}_${words}`;
}

const AUTHORITIES_CSV_COLUMNS = [
  "authority",
  "authority_slug",
  ...CODE_CSV_COLUMNS,
  "region",
  "report_date",
  ...MATRIX_COLUMNS.map(gradeColumn),
  "recommendations",
  "due_within_3_months",
] as const;

/** Every authority as the home page lists it, one row each, the six grades in matrix order. */
export function authoritiesCsv(rows: AuthorityOverview[]): string {
  return toCsv(
    [...AUTHORITIES_CSV_COLUMNS],
    rows.map((a) => [
      a.name,
      a.slug,
      ...codeCells(a),
      a.region,
      a.reportDate,
      ...matrixGrades(a.ratings),
      a.recommendations,
      a.dueWithin3Months,
    ]),
  );
}

/** The download of every authority in this order, with these filters. */
export function authoritiesDownloadHref(state: Omit<HomeState, "page">, format: "csv" | "json"): string {
  const params = homeParams(state);
  params.set("format", format);
  return `/api/authorities?${params}`;
}
