import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorityField } from "@/components/AuthorityField";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { ErrorSummary } from "@/components/ErrorSummary";
import { AssessmentSelect } from "@/components/evidence/AssessmentSelect";
import { AssessmentTag } from "@/components/evidence/AssessmentTag";
import { PageCaption } from "@/components/PageCaption";
import { PaginationLinks } from "@/components/PaginationLinks";
import { type ParamError, parseThemeFilters, type RawParams } from "@/lib/requests/params";
import { authorityPickerFor, findAuthority } from "@/lib/queries/authorities";
import { THEME_PAGE_SIZE, themeEvidence } from "@/lib/queries/themes";
import { findTheme, themeDownloadHref, themeHref } from "@/lib/themes/theme-pages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const theme = findTheme((await params).id);
  return { title: theme ? `${theme.name}: theme across councils` : "Page not found" };
}

const firstOf = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export default async function ThemePage({ params, searchParams }: Props) {
  const [{ id }, raw] = await Promise.all([params, searchParams]);
  const theme = findTheme(id);
  if (!theme) notFound();

  const picker = await authorityPickerFor();
  // With too many authorities to list, the field is typed: find the authority by name or slug.
  const givenAuthority = firstOf(raw.authority);
  const errors: ParamError[] = [];
  let authoritySlug = givenAuthority;
  let authorityName: string | undefined;
  if (givenAuthority) {
    const found = await findAuthority(givenAuthority);
    if (found) {
      authoritySlug = found.slug;
      authorityName = found.name;
    } else {
      errors.push({ param: "authority", message: `There is no authority called '${givenAuthority}'` });
      authoritySlug = undefined;
    }
  }
  const parsed = parseThemeFilters({ ...raw, authority: authoritySlug });
  if (!parsed.ok) errors.push(...parsed.errors);
  const filters = parsed.ok ? parsed.value : { page: 1 };
  const result = errors.length === 0 ? await themeEvidence(theme.id, filters) : null;
  const values = { authority: filters.authority, assessment: "assessment" in filters ? filters.assessment : undefined };
  const first = result ? (result.page - 1) * THEME_PAGE_SIZE + 1 : 0;

  return (
    <>
      <Breadcrumbs trail={[{ href: "/themes", label: "Themes" }]} current={theme.name} />
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <PageCaption>Theme across councils</PageCaption>
      <h1>{theme.name}</h1>
      <p className="lead">{theme.scope}</p>
      <p className="hint">
        Every finding paragraph and recommendation on this theme in the councils&rsquo; latest reports, council by council.{" "}
        <a href="/about#evidence">How findings are read</a>.
      </p>

      <form method="get" action={`/themes/${theme.id}`} className="print:hidden" aria-label="Filter this theme's evidence">
        <div className="flex flex-wrap items-end gap-4">
          <AuthorityField
            id="authority"
            name="authority"
            label="Council"
            picker={picker}
            defaultValue={picker.kind === "select" ? filters.authority : (authorityName ?? givenAuthority)}
            emptyOption="All councils"
          />
          <AssessmentSelect defaultValue={values.assessment} />
          <div className="form-group">
            <button type="submit" className="button">
              Apply filters
            </button>
          </div>
        </div>
      </form>

      {result && (
        <>
          <h2 id="results-count">
            {result.total === 0
              ? "Nothing on this theme matches"
              : `${result.total} ${result.total === 1 ? "paragraph or recommendation" : "paragraphs and recommendations"}`}
            {authorityName ? ` in ${authorityName}` : ""}
          </h2>
          {result.total > 0 && (
            <p className="print:hidden">
              Download {result.total === 1 ? "it" : `all ${result.total}`}:{" "}
              <a href={themeDownloadHref(theme.id, values, "csv")} download>
                CSV<span className="sr-only"> file of the evidence on {theme.name}</span>
              </a>{" "}
              or{" "}
              <a href={themeDownloadHref(theme.id, values, "json")} download>
                JSON<span className="sr-only"> file of the evidence on {theme.name}</span>
              </a>
            </p>
          )}
          {result.items.length > 0 ? (
            <ol className="list-none p-0" start={first} aria-labelledby="results-count">
              {result.items.map((item, i) => (
                <li key={`${item.href}-${i}`} className="theme-item border-b border-border py-4">
                  <h3 className="text-lg mb-1">
                    <a href={item.href}>
                      {item.authority.name}, {item.kind === "paragraph" ? `paragraph ${item.ref}` : "recommendation"}
                    </a>
                  </h3>
                  <p className="hint mb-1">
                    {item.kind === "paragraph"
                      ? item.outcome === null
                        ? item.heading
                        : `Outcome ${item.outcome}: ${item.heading}`
                      : item.heading}
                  </p>
                  <p className="mb-0">
                    {item.assessment && <AssessmentTag assessment={item.assessment} className="mr-2" />}
                    {item.text}
                  </p>
                </li>
              ))}
            </ol>
          ) : result.total > 0 ? (
            <p>
              There is no page {result.page}. <a href={themeHref(theme.id, values)}>Go to the first page</a>
            </p>
          ) : null}
          <PaginationLinks page={result.page} pageCount={result.pageCount} href={(n) => themeHref(theme.id, values, n)} />
        </>
      )}
    </>
  );
}
