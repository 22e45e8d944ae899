/**
 * Pure helpers for the recommendations register (/recommendations) and its
 * downloads (/api/recommendations): links that keep or drop filters, the
 * "filters applied" list, wording, and the CSV export. No database here.
 */
import { toCsv } from "../formatting/csv";
import { CODE_CSV_COLUMNS, codeCells } from "../councils/codes";
import { deadlineKeyLabel } from "./deadlines";
import { formatDate } from "../formatting/format";
import { RECOMMENDATION_FILTER_KEYS, type ParamError, type RawParams, type RecommendationFilters, toQueryString } from "../requests/params";
import type { RecommendationRow } from "../queries/recommendations";
import { isIsoDate } from "../report/dates";

export type FilterKey = (typeof RECOMMENDATION_FILTER_KEYS)[number];
export type FilterValues = Partial<Pick<RecommendationFilters, FilterKey>>;

export const REGISTER_PATH = "/recommendations";
const API_PATH = "/api/recommendations";

/** What each filter is called next to its field and in the "filters applied" list. */
export const FILTER_LABELS: Record<FilterKey, string> = {
  q: "Containing",
  deadline: "Deadline",
  authority: "Authority",
  region: "Region",
  source: "Source",
  dueAfter: "Due on or after",
  dueBefore: "Due on or before",
  group: "Arranged",
};

/** Only the filters, in a fixed order, so equal filters always give the same URL. */
function filterValues(filters: FilterValues): Record<FilterKey, string | undefined> {
  return Object.fromEntries(RECOMMENDATION_FILTER_KEYS.map((k) => [k, filters[k]])) as Record<FilterKey, string | undefined>;
}

/** A query string for these filters, optionally without one of them, on a given page or as a download. */
export function filterQuery(filters: FilterValues, options: { without?: FilterKey; page?: number; format?: "csv" | "json" } = {}): string {
  const values: Record<string, string | number | undefined> = filterValues(filters);
  if (options.without) delete values[options.without];
  // Page 1 is the default: leave it out so there is one URL per view.
  if (options.page && options.page > 1) values.page = options.page;
  if (options.format) values.format = options.format;
  return toQueryString(values);
}

/** The id of the heading that says how many match: page links lead back to it, so the reader keeps their place. */
export const REGISTER_RESULTS_ID = "results-count";

/** The register with these filters (one left out, on a page), at `anchor` if given. */
export const registerHref = (filters: FilterValues, options: { without?: FilterKey; page?: number; anchor?: string } = {}) =>
  `${REGISTER_PATH}${filterQuery(filters, options)}${options.anchor ? `#${options.anchor}` : ""}`;

export const downloadHref = (filters: FilterValues, format: "csv" | "json") => `${API_PATH}${filterQuery(filters, { format })}`;

export interface AppliedFilter {
  key: FilterKey;
  label: string;
  /** The value in words: "Within 6 months", "Barnet", "24 August 2012". */
  value: string;
  /** The register with every other filter kept and this one removed. */
  removeHref: string;
}

/** The filters in use, each with a link that removes it. */
export function appliedFilters(
  filters: FilterValues,
  authorityName: (slug: string) => string | undefined = () => undefined,
): AppliedFilter[] {
  const words: Record<FilterKey, (v: string) => string> = {
    q: (v) => `“${v}”`,
    deadline: deadlineKeyLabel,
    authority: (v) => authorityName(v) ?? v,
    region: (v) => v,
    source: (v) => v,
    dueAfter: formatDate,
    dueBefore: formatDate,
    group: () => "by council",
  };
  const out: AppliedFilter[] = [];
  for (const key of RECOMMENDATION_FILTER_KEYS) {
    const v = filters[key];
    if (v === undefined || v === "") continue;
    out.push({ key, label: FILTER_LABELS[key], value: words[key](v), removeHref: registerHref(filters, { without: key }) });
  }
  return out;
}

/** "17 recommendations" with no filters; "6 recommendations match", "1 recommendation matches", "No recommendations match" with some. */
export function countText(total: number, filtered: boolean): string {
  const noun = total === 1 ? "recommendation" : "recommendations";
  if (!filtered) return total === 0 ? "No recommendations" : `${total} ${noun}`;
  if (total === 0) return "No recommendations match";
  return `${total} ${noun} ${total === 1 ? "matches" : "match"}`;
}

/**
 * The query string without parameters left empty, or null when none are.
 * A GET form sends every field (`?q=&deadline=6&authority=`); the page
 * redirects to the short URL so that what is shared is what was chosen.
 */
export function withoutEmptyParams(raw: RawParams): string | null {
  const params = new URLSearchParams();
  let dropped = false;
  for (const [key, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (v.trim() === "") dropped = true;
      else params.append(key, v);
    }
  }
  if (!dropped) return null;
  const s = params.toString();
  return s ? `?${s}` : "";
}

const quote = (value: string | undefined) => {
  const v = value ?? "";
  return `‘${v.length > 40 ? `${v.slice(0, 40)}…` : v}’`;
};

/**
 * Error messages for the page's error summary and fields, in the words of
 * the form rather than of the URL. `raw` holds the values as given.
 */
export function filterErrorMessages(errors: ParamError[], raw: Partial<Record<FilterKey | "page", string>>): ParamError[] {
  return errors.map(({ param, message }) => {
    const v = raw[param as FilterKey | "page"];
    switch (param) {
      case "deadline":
        return { param, message: `Select a deadline from the list: ${quote(v)} is not a deadline` };
      case "authority":
        return { param, message: `Select an authority from the list: ${quote(v)} is not an authority` };
      case "source":
        return { param, message: `Select CQC or Ofsted as the source: ${quote(v)} is not a source` };
      case "region":
        return { param, message: `Select a region from the list: ${quote(v)} is not an English region` };
      case "group":
        return { param, message: `Select how to arrange the list: ${quote(v)} is not an arrangement` };
      case "dueAfter":
      case "dueBefore": {
        const label = `‘${FILTER_LABELS[param]}’`;
        // A real date that is still refused is out of order with the other one.
        if (v !== undefined && isIsoDate(v))
          return { param, message: `${label} must be the same as or before ‘${FILTER_LABELS.dueBefore}’` };
        return { param, message: `Enter a real date for ${label}, like 2012-05-24: ${quote(v)} is not a date` };
      }
      case "q":
        return { param, message: "Search text must be 200 characters or fewer" };
      case "page":
        // No field to link to: the page number comes from the pagination links.
        return { param: "", message: `Enter a page number of 1 or more: ${quote(v)} is not a page number` };
      default:
        return { param, message };
    }
  });
}

/** The error for a typed authority that matches no authority's name or slug (when the filter is a text input). */
export function unknownAuthorityError(typed: string): ParamError {
  return { param: "authority", message: `There is no authority called ${quote(typed)}. Check the spelling` };
}

/** Errors in the filters' order (as validation reports them), the page number's last. */
export function inFilterOrder(errors: ParamError[]): ParamError[] {
  const order: string[] = [...RECOMMENDATION_FILTER_KEYS];
  const rank = (e: ParamError) => (order.includes(e.param) ? order.indexOf(e.param) : order.length);
  return [...errors].sort((x, y) => rank(x) - rank(y));
}

const CSV_COLUMNS = [
  "authority",
  "authority_slug",
  ...CODE_CSV_COLUMNS,
  "report_date",
  "deadline",
  "deadline_key",
  "due_date",
  "addressee",
  "text",
  "source",
  "attribution",
] as const;

/** The register as CSV: one row per recommendation, dates as YYYY-MM-DD, the deadline as each report wrote it. */
export function recommendationsCsv(rows: RecommendationRow[]): string {
  return toCsv(
    [...CSV_COLUMNS],
    rows.map((r) => [
      r.authority.name,
      r.authority.slug,
      ...codeCells(r.authority),
      r.reportDate,
      r.deadline.label,
      r.deadline.key,
      r.dueDate,
      r.addressee,
      r.text,
      r.source,
      r.attribution,
    ]),
  );
}
