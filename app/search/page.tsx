import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { ErrorSummary } from "@/components/ErrorSummary";
import { Highlighted } from "@/components/search/Highlighted";
import { AuthorityField } from "@/components/AuthorityField";
import { typedAuthorityNotFound } from "@/lib/authorities/authority-picker";
import { AssessmentSelect } from "@/components/evidence/AssessmentSelect";
import { AssessmentTag } from "@/components/evidence/AssessmentTag";
import { ASSESSMENT_LABEL } from "@/lib/evidence/display";
import { THEMES } from "@/lib/findings";
import { formatDate } from "@/lib/formatting/format";
import { firstParam, type ParamError, parseSearchParams, type RawParams, toQueryString } from "@/lib/requests/params";
import { authorityPickerFor, readAuthorityField } from "@/lib/queries/authorities";
import { outcomeOptions, search } from "@/lib/queries/search";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawParams> };

/**
 * The search asked for, once per request for both the title and the page.
 * With too many authorities to list, the authority filter is typed: it is
 * found by slug or name, and the search filtered by its slug.
 */
const readParams = cache(
  async (
    q: string | undefined,
    authority: string | undefined,
    outcome: string | undefined,
    page: string | undefined,
    theme: string | undefined,
    assessment: string | undefined,
  ) => {
    const picker = await authorityPickerFor();
    const field = await readAuthorityField(picker, authority);
    const authorityError: ParamError | null =
      field.unknown === null ? null : { param: "authority", message: typedAuthorityNotFound(field.unknown) };
    return {
      picker,
      typed: field.typed,
      authorityError,
      params: parseSearchParams({ q, authority: field.slug, outcome, page, theme, assessment }),
    };
  },
);

const paramsOf = (raw: RawParams) =>
  readParams(
    firstParam(raw.q),
    firstParam(raw.authority),
    firstParam(raw.outcome),
    firstParam(raw.page),
    firstParam(raw.theme),
    firstParam(raw.assessment),
  );

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { params, authorityError } = await paramsOf(await searchParams);
  return { title: params.ok && !authorityError && params.value.q ? `Search: ${params.value.q}` : "Search findings and recommendations" };
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const [{ picker, typed, authorityError, params }, outcomes] = await Promise.all([paramsOf(raw), outcomeOptions()]);
  const value = params.ok
    ? params.value
    : { q: undefined, authority: undefined, outcome: undefined, theme: undefined, assessment: undefined, page: 1 };
  const filters = { q: value.q, authority: value.authority, outcome: value.outcome, theme: value.theme, assessment: value.assessment };
  const result = params.ok && !authorityError && value.q ? await search({ ...filters, q: value.q, page: value.page }) : null;
  const themeName = THEMES.find((t) => t.id === value.theme)?.name;
  const outcomeName = outcomes.find((o) => o.value === value.outcome)?.title;
  const authorityName = picker.kind === "select" ? picker.authorities.find((a) => a.slug === value.authority)?.name : typed?.name;
  const errors = [...(params.ok ? [] : params.errors), ...(authorityError ? [authorityError] : [])];
  const shownAuthority = picker.kind === "select" ? (value.authority ?? "") : (typed?.name ?? firstParam(raw.authority) ?? "");

  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      {result && !result.ok && <ErrorSummary errors={[{ param: "q", message: "Enter words to search for" }]} />}
      <h1>Search findings and recommendations</h1>
      <form method="get" action="/search" role="search" aria-label="Search findings and recommendations">
        <div className="form-group">
          <label className="label" htmlFor="q">
            Search for
          </label>
          <span className="field-hint" id="q-hint">
            For example CAMHS, &quot;designated doctor&quot; or supervis* (a word beginning with supervis). Use OR for either word and{" "}
            <span className="whitespace-nowrap">-word</span> to leave a word out.
          </span>
          <input
            className="input w-full max-w-measure"
            id="q"
            name="q"
            type="search"
            defaultValue={value.q ?? ""}
            aria-describedby="q-hint"
            maxLength={200}
          />
        </div>
        {/* Each field within the screen: the outcomes' long names would widen the page at 320px. */}
        <div className="flex flex-wrap gap-x-6 *:min-w-0 [&_.select]:max-w-[min(20rem,100%)]">
          <AuthorityField
            id="authority"
            name="authority"
            label="Authority"
            picker={picker}
            defaultValue={shownAuthority}
            emptyOption="All authorities"
            error={authorityError?.message}
          />
          <div className="form-group">
            <label className="label" htmlFor="outcome">
              Outcome
            </label>
            <select className="select" id="outcome" name="outcome" defaultValue={value.outcome === undefined ? "" : String(value.outcome)}>
              <option value="">All outcomes</option>
              {outcomes.map((o) => (
                <option key={String(o.value)} value={String(o.value)}>
                  {o.title}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="label" htmlFor="theme">
              Theme
            </label>
            <select className="select" id="theme" name="theme" defaultValue={value.theme ?? ""}>
              <option value="">All themes</option>
              {THEMES.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <AssessmentSelect defaultValue={value.assessment} />
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>

      {result?.ok && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" aria-live="polite">
            {result.total === 0 ? "No results" : result.total === 1 ? "1 result" : `${result.total.toLocaleString("en-GB")} results`} for
            &lsquo;{value.q}&rsquo;
            {authorityName && ` in ${authorityName}`}
            {outcomeName && ` under ${outcomeName}`}
            {themeName && ` on ${themeName}`}
            {value.assessment && `, paragraphs tagged ${ASSESSMENT_LABEL[value.assessment]}`}
          </h2>
          {result.total > 0 && (
            <p className="print:hidden">
              Download {result.total === 1 ? "it" : `all ${result.total.toLocaleString("en-GB")}`}:{" "}
              <a href={`/api/search${toQueryString({ ...filters, format: "csv" })}`} download>
                CSV<span className="sr-only"> file of these results</span>
              </a>{" "}
              or{" "}
              <a href={`/api/search${toQueryString({ ...filters, format: "json" })}`} download>
                JSON<span className="sr-only"> file of these results</span>
              </a>
            </p>
          )}
          {result.total === 0 && <p>Check the spelling, use fewer words, or search all authorities and outcomes.</p>}
          <ol className="list-none p-0">
            {result.hits.map((hit) => (
              <li key={hit.href + hit.snippet} className="search-result border-b border-border py-4">
                <h3 className="m-0 mb-1">
                  <Link href={hit.href}>
                    {hit.authority.name}
                    {hit.kind === "paragraph" ? `, paragraph ${hit.ref}` : ", recommendation"}
                  </Link>
                </h3>
                <p className="hint mb-2 text-body-s">
                  {hit.kind === "paragraph"
                    ? hit.outcome === null
                      ? hit.heading
                      : `Outcome ${hit.outcome}: ${hit.heading}`
                    : `Recommendation: ${hit.heading}`}
                  {" · "}report of <time dateTime={hit.reportDate}>{formatDate(hit.reportDate)}</time>
                  {!hit.latest && " (an earlier report)"}
                </p>
                <p className="mb-0">
                  {hit.assessment && <AssessmentTag assessment={hit.assessment} className="mr-2" />}
                  <Highlighted snippet={hit.snippet} />
                </p>
              </li>
            ))}
          </ol>
          {result.pageCount > 1 && (
            <nav className="mb-7.5 flex flex-wrap items-center gap-x-4 gap-y-2" aria-label="Results pages">
              <ul className="flex list-none flex-wrap gap-4 p-0">
                {result.page > 1 && (
                  <li>
                    <Link href={`/search${toQueryString({ ...filters, page: result.page - 1 })}`} rel="prev">
                      Previous page
                    </Link>
                  </li>
                )}
                <li aria-current="page">
                  Page {result.page} of {result.pageCount}
                </li>
                {result.page < result.pageCount && (
                  <li>
                    <Link href={`/search${toQueryString({ ...filters, page: result.page + 1 })}`} rel="next">
                      Next page
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
          <p className="print:hidden">
            <Link href={`/api/search${toQueryString({ ...filters, page: value.page > 1 ? value.page : undefined })}`}>
              These results as JSON
            </Link>
          </p>
        </section>
      )}
    </>
  );
}
