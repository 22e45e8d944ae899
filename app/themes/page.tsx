import type { Metadata } from "next";
import { ErrorSummary } from "@/components/ErrorSummary";
import { PaginationLinks } from "@/components/PaginationLinks";
import { THEMES } from "@/lib/assessment";
import type { RawParams } from "@/lib/requests/params";
import { ThemeMatrix } from "@/components/themes/ThemeMatrix";
import { ThemesMatrixForm } from "@/components/themes/ThemesMatrixForm";
import { loadThemesMatrixPage } from "@/lib/themes/load-themes-matrix";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Themes across councils",
  description: "Where each theme, such as consent or records, is raised as a concern or a strength in the councils' latest reports.",
};

type Props = { searchParams: Promise<RawParams> };

export default async function ThemesPage({ searchParams }: Props) {
  const { errors, form, matrix, caption, pageHref, pageLabels, view } = await loadThemesMatrixPage(await searchParams);
  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <h1>Themes across councils</h1>
      <p className="lead">
        Where each theme is raised as a concern or recorded as a strength in each council&rsquo;s latest report. Select a count to read the
        paragraphs behind it.
      </p>
      <p className="hint">
        Each paragraph is counted once, under its own tag: strength, concern, mixed (both) or neutral. A cell is shaded by the balance of
        concerns against strengths, and says it in words: &ldquo;mostly&rdquo; when the difference is at least half the paragraphs. Tags and
        themes are a reading of the wording: <a href="/about#evidence">how findings are read</a>.
      </p>
      <ThemesMatrixForm form={form} />
      {matrix.rows.length === 0 ? (
        <div className="inset-text" id="themes-matrix">
          <p>
            {matrix.total > 0
              ? `There is no page ${matrix.page}.`
              : view.region
                ? `No council in ${view.region} has a report loaded.`
                : "No inspection reports are loaded."}
          </p>
        </div>
      ) : (
        <div id="themes-matrix" className="scroll-mt-4">
          <ThemeMatrix rows={matrix.rows} caption={caption} />
        </div>
      )}
      <PaginationLinks
        page={matrix.page}
        pageCount={matrix.pageCount}
        href={(n) => `${pageHref(n)}#themes-matrix`}
        label="Pages of councils"
        pageLabels={pageLabels}
      />
      <h2 id="the-themes">What each theme covers</h2>
      <dl className="summary-list">
        {THEMES.map((t) => (
          <div key={t.id} className="summary-list__row">
            <dt className="summary-list__key">
              <a href={`/themes/${t.id}`}>{t.name}</a>
            </dt>
            <dd className="summary-list__value">{t.scope}</dd>
          </div>
        ))}
      </dl>
      <p className="print:hidden">
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON document, not a page to navigate to on the client */}
        <a href="/api/themes">The themes and these counts as JSON</a>
      </p>
    </>
  );
}
