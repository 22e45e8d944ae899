import { z } from "zod";
import { THEMES } from "../assessment";
import { REGION_PARAM } from "../councils/regions";
import { isIsoDate } from "../report/dates";

/** Search params as Next passes them: a value, repeated values, or nothing. */
export type RawParams = Record<string, string | string[] | undefined>;

export interface ParamError {
  param: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: ParamError[] };

/**
 * The first value of a parameter, trimmed; undefined when missing or empty.
 * A parameter given more than once counts once: one value per filter, as the forms send.
 */
export function firstParam(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  const trimmed = v?.trim();
  return trimmed === "" ? undefined : trimmed;
}

export function fromSearchParams(params: URLSearchParams): RawParams {
  const out: RawParams = {};
  for (const key of new Set(params.keys())) out[key] = params.getAll(key);
  return out;
}

/**
 * The parameters a page reads, as a string: the first value of each given key
 * (kept when empty: a form sent empty is not a form not sent). Pages cache
 * their one loader on it (React's cache compares arguments by value only for
 * strings), so the title and the page read the request once.
 */
export function requestKey(raw: RawParams, keys: readonly string[]): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = Array.isArray(raw[key]) ? raw[key][0] : raw[key];
    if (value !== undefined) params.set(key, value);
  }
  return params.toString();
}

/** The parameters of a requestKey, as a page receives them. */
export function fromRequestKey(key: string): RawParams {
  return fromSearchParams(new URLSearchParams(key));
}

/** A page number from 1, as pagination links give it; missing means the first page. */
export const pageNumber = (max: number) =>
  z.coerce
    .number({ message: "must be a page number" })
    .int("must be a whole number")
    .min(1, "must be 1 or more")
    .max(max, "is too large")
    .default(1);

const slug = z
  .string()
  .max(80, "is too long")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "is not an authority name in a URL (like 'barnet')");
const isoDate = z.string().refine(isIsoDate, "is not a date in the form YYYY-MM-DD");

export const SLUG = slug;

const recommendationFilters = z.object({
  deadline: z
    .string()
    .regex(/^(?:\d{1,2}|\d{1,3}[wd])$/, "is not a deadline (use 3 for 3 months, 6w for 6 weeks, 0 for immediately)")
    .optional(),
  authority: slug.optional(),
  region: REGION_PARAM.optional(),
  source: z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.enum(["cqc", "ofsted"], { message: "must be CQC or Ofsted" }))
    .transform((s) => (s === "cqc" ? "CQC" : "Ofsted"))
    .optional(),
  dueAfter: isoDate.optional(),
  dueBefore: isoDate.optional(),
  q: z.string().max(200, "is longer than 200 characters").optional(),
  group: z.enum(["council"], { message: "must be 'council' (or left out, for one list soonest due first)" }).optional(),
  page: pageNumber(100_000),
});

export type RecommendationFilters = z.output<typeof recommendationFilters>;

export const RECOMMENDATION_FILTER_KEYS = ["deadline", "authority", "region", "source", "dueAfter", "dueBefore", "q", "group"] as const;

/** Names of parameters as users see them next to the form fields. */
const FIELD_NAMES: Record<string, string> = {
  a: "First authority",
  b: "Second authority",
  deadline: "Deadline",
  authority: "Authority",
  region: "Region",
  source: "Source",
  dueAfter: "Due after",
  dueBefore: "Due before",
  q: "Search text",
  group: "Arrange",
  report: "The report date",
  outcome: "Outcome",
  concerns: "Concerns",
  theme: "Theme",
  assessment: "Assessment",
  page: "Page",
  sort: "Sort",
  dir: "Sort direction",
};

export function parseWith<S extends z.ZodType>(schema: S, input: Record<string, string | undefined>): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      const param = String(issue.path[0] ?? "");
      return { param, message: `${FIELD_NAMES[param] ?? param} ${issue.message}` };
    }),
  };
}

/** Validates the recommendations register's filters. Unknown parameters are ignored. */
export function parseRecommendationFilters(raw: RawParams): Parsed<RecommendationFilters> {
  const input = Object.fromEntries([...RECOMMENDATION_FILTER_KEYS, "page"].map((k) => [k, firstParam(raw[k])]));
  const parsed = parseWith(recommendationFilters, input);
  if (parsed.ok && parsed.value.dueAfter && parsed.value.dueBefore && parsed.value.dueAfter > parsed.value.dueBefore) {
    return { ok: false, errors: [{ param: "dueAfter", message: "dueAfter is later than dueBefore" }] };
  }
  return parsed;
}

const compareParams = z.object({ a: slug.optional(), b: slug.optional() });

/** Validates the two authorities to compare. Either may be missing: the page then asks for it. */
export function parseCompareParams(raw: RawParams): Parsed<{ a?: string; b?: string }> {
  return parseWith(compareParams, { a: firstParam(raw.a), b: firstParam(raw.b) });
}

const compareOptions = z.object({
  concerns: z.enum(["only"], { message: "must be 'only' (or left out, for every paragraph)" }).optional(),
});

/** Validates the comparison's options: `concerns=only` shows only paragraphs raising a concern. */
export function parseCompareOptions(raw: RawParams): Parsed<{ concerns?: "only" }> {
  return parseWith(compareOptions, { concerns: firstParam(raw.concerns) });
}

const themeFilters = z.object({
  authority: slug.optional(),
  assessment: z.enum(["strength", "concern", "mixed", "neutral"], { message: "must be strength, concern, mixed or neutral" }).optional(),
  page: pageNumber(100_000),
});

/** Validates a theme page's filters (`/themes/records?authority=dudley&assessment=concern`). */
export function parseThemeFilters(raw: RawParams): Parsed<z.output<typeof themeFilters>> {
  return parseWith(themeFilters, {
    authority: firstParam(raw.authority),
    assessment: firstParam(raw.assessment),
    page: firstParam(raw.page),
  });
}

const pageNumberParams = z.object({ page: pageNumber(100_000) });

/** Validates a page number (`?page=2`) of a page with nothing else to filter; missing means the first page. */
export function parsePageNumber(raw: RawParams): Parsed<{ page: number }> {
  return parseWith(pageNumberParams, { page: firstParam(raw.page) });
}

/** A query string with only the given, non-empty values, for links that keep the current filters. */
export function toQueryString(values: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : "";
}

const exportFormat = z.object({
  format: z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.enum(["csv", "json"], { message: "must be csv or json" }))
    .optional(),
});

/** Validates a download format (`?format=csv` or `json`); missing means no download. */
export function parseExportFormat(raw: RawParams): Parsed<{ format?: "csv" | "json" }> {
  return parseWith(exportFormat, { format: firstParam(raw.format) });
}

const reportParams = z.object({
  report: z.string().refine(isIsoDate, "must be a real date written YYYY-MM-DD, like 2012-02-24").optional(),
});

/** Validates the report date asked for (`?report=2012-02-24`); missing means the latest report. */
export function parseReportParams(raw: RawParams): Parsed<{ report?: string }> {
  return parseWith(reportParams, { report: firstParam(raw.report) });
}

const searchParamsSchema = z.object({
  q: z.string().max(200, "is longer than 200 characters").optional(),
  authority: slug.optional(),
  region: REGION_PARAM.optional(),
  outcome: z
    .string()
    .regex(/^(?:general|\d{1,2})$/, "must be an outcome number or 'general'")
    .transform((s) => (s === "general" ? ("general" as const) : Number(s)))
    .optional(),
  theme: z
    .string()
    .refine((id) => THEMES.some((t) => t.id === id), "is not one of the themes listed at /themes")
    .optional(),
  assessment: z.enum(["strength", "concern", "mixed", "neutral"], { message: "must be strength, concern, mixed or neutral" }).optional(),
  page: pageNumber(10_000),
});

/** Validates the search page's and API's parameters. A missing `q` means no search yet. */
export function parseSearchParams(raw: RawParams): Parsed<z.output<typeof searchParamsSchema>> {
  return parseWith(searchParamsSchema, {
    q: firstParam(raw.q),
    authority: firstParam(raw.authority),
    region: firstParam(raw.region),
    outcome: firstParam(raw.outcome),
    theme: firstParam(raw.theme),
    assessment: firstParam(raw.assessment),
    page: firstParam(raw.page),
  });
}
