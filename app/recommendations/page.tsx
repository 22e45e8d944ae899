import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { cache } from "react";
import { ErrorSummary } from "@/components/ErrorSummary";
import { PaginationLinks } from "@/components/PaginationLinks";
import { type FilterFormValues, RecommendationFilters } from "@/components/RecommendationFilters";
import { RecommendationFiltersApplied } from "@/components/RecommendationFiltersApplied";
import { RecommendationTable } from "@/components/RecommendationTable";
import {
  firstParam,
  parseRecommendationFilters,
  RECOMMENDATION_FILTER_KEYS,
  type RawParams,
  type RecommendationFilters as Filters,
} from "@/lib/requests/params";
import { latestReportDates, readAuthorityField } from "@/lib/queries/authorities";
import { authorityFilterPicker, deadlineOptions, listRecommendations, PAGE_SIZE } from "@/lib/queries/recommendations";
import {
  appliedFilters,
  countText,
  downloadHref,
  filterErrorMessages,
  inFilterOrder,
  REGISTER_PATH,
  registerHref,
  unknownAuthorityError,
  withoutEmptyParams,
} from "@/lib/recommendations/register";

// Reads the database on every request, never at build time.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawParams> };

/** The first value of each filter as given, for showing back in the form. */
function rawValues(raw: RawParams): Record<string, string | undefined> {
  return Object.fromEntries([...RECOMMENDATION_FILTER_KEYS, "page"].map((k) => [k, firstParam(raw[k])]));
}

/**
 * The filters asked for, once per request for both the title and the page
 * (keyed by the values given). With too many authorities to list, the
 * authority is typed: it is found by slug or name and filtered by its slug.
 */
const readFilters = cache(async (key: string) => {
  const given: Record<string, string | undefined> = JSON.parse(key);
  const picker = await authorityFilterPicker();
  const field = await readAuthorityField(picker, given.authority);
  const authorityError = field.unknown === null ? null : unknownAuthorityError(field.unknown);
  return { given, picker, typed: field.typed, authorityError, parsed: parseRecommendationFilters({ ...given, authority: field.slug }) };
});

const filtersOf = (raw: RawParams) => readFilters(JSON.stringify(rawValues(raw)));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { parsed, authorityError } = await filtersOf(await searchParams);
  // GOV.UK: a page showing errors says so first in its title.
  return { title: parsed.ok && !authorityError ? "Recommendations" : "Error: Recommendations" };
}

export default async function RecommendationsPage({ searchParams }: Props) {
  const raw = await searchParams;
  // The GET form sends empty fields too: go to the URL of only what was chosen.
  const short = withoutEmptyParams(raw);
  if (short !== null) redirect(`${REGISTER_PATH}${short}`);

  const [{ given, picker, typed, authorityError, parsed }, deadlines] = await Promise.all([filtersOf(raw), deadlineOptions()]);
  const form = { deadlines, picker };

  if (!parsed.ok || authorityError) {
    const errors = inFilterOrder([
      ...(parsed.ok ? [] : filterErrorMessages(parsed.errors, given)),
      ...(authorityError ? [authorityError] : []),
    ]);
    return (
      <>
        <h1>Recommendations</h1>
        <ErrorSummary errors={errors} />
        <RecommendationFilters {...form} values={given as FilterFormValues} errors={errors} showClear />
      </>
    );
  }

  const filters: Filters = parsed.value;
  const result = await listRecommendations(filters);
  const latest = await latestReportDates(result.rows.map((r) => r.authority.slug));
  const listed = picker.kind === "select" ? picker.authorities : typed ? [typed] : [];
  const applied = appliedFilters(filters, (slug) => listed.find((a) => a.slug === slug)?.name);
  const filtered = applied.length > 0;
  const first = (result.page - 1) * PAGE_SIZE + 1;
  const last = first + result.rows.length - 1;
  const caption =
    result.pageCount > 1
      ? `Recommendations ${first} to ${last} of ${result.total}, soonest due first`
      : "Recommendations, soonest due first";

  return (
    <>
      <h1>Recommendations</h1>
      <p className="lead">
        Every recommendation in the inspection reports: who must act, on what, and by when. Each is due a set time after its report was
        published.
      </p>

      <RecommendationFilters {...form} values={typed ? { ...filters, authority: typed.name } : filters} errors={[]} showClear={false} />
      <RecommendationFiltersApplied filters={applied} />

      <h2 className="mt-0 mb-2.5" id="results-count">
        {countText(result.total, filtered)}
      </h2>

      {result.total > 0 ? (
        <p className="register-downloads text-body-s print:hidden">
          Download {result.total === 1 ? "it" : result.total === 2 ? "both" : `all ${result.total}`}:{" "}
          <a href={downloadHref(filters, "csv")} download>
            CSV<span className="sr-only"> file of {result.total === 1 ? "this recommendation" : "these recommendations"}</span>
          </a>{" "}
          (for spreadsheets) or{" "}
          <a href={downloadHref(filters, "json")} download>
            JSON<span className="sr-only"> file of {result.total === 1 ? "this recommendation" : "these recommendations"}</span>
          </a>
        </p>
      ) : null}

      {result.rows.length > 0 ? (
        <RecommendationTable rows={result.rows} caption={caption} latestReportDates={latest} />
      ) : result.total > 0 ? (
        <div className="inset-text">
          <p>
            There is no page {result.page}: {result.pageCount === 1 ? "the results fit on one page" : `there are ${result.pageCount} pages`}
            .
          </p>
          <p>
            <a href={registerHref(filters)}>Go to the first page</a>
          </p>
        </div>
      ) : !filtered ? (
        <div className="inset-text">
          <p>No inspection reports with recommendations are loaded.</p>
        </div>
      ) : (
        <div className="inset-text">
          <p>No recommendations match these filters.</p>
          <p>Try removing a filter, or searching for fewer or different words.</p>
        </div>
      )}

      <PaginationLinks page={result.page} pageCount={result.pageCount} href={(n) => registerHref(filters, { page: n })} />
    </>
  );
}
