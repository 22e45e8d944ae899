import type { Metadata } from "next";
import { ErrorSummary } from "@/components/ErrorSummary";
import { PaginationLinks } from "@/components/PaginationLinks";
import { THEMES } from "@/lib/assessment";
import { parsePageNumber, type RawParams } from "@/lib/requests/params";
import { themeMatrix, MATRIX_PAGE_SIZE } from "@/lib/queries/themes";
import { ThemeMatrix } from "@/components/themes/ThemeMatrix";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Themes across councils",
  description: "Where each theme, such as consent or records, is raised as a concern or a strength in the councils' latest reports.",
};

type Props = { searchParams: Promise<RawParams> };

export default async function ThemesPage({ searchParams }: Props) {
  const parsed = parsePageNumber(await searchParams);
  const page = parsed.ok ? parsed.value.page : 1;
  const matrix = await themeMatrix(page);
  const first = (matrix.page - 1) * MATRIX_PAGE_SIZE + 1;
  return (
    <>
      {!parsed.ok && <ErrorSummary errors={parsed.errors} />}
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
      {matrix.rows.length === 0 ? (
        <div className="inset-text">
          <p>{matrix.total === 0 ? "No inspection reports are loaded." : `There is no page ${matrix.page}.`}</p>
        </div>
      ) : (
        <ThemeMatrix
          rows={matrix.rows}
          caption={`Each theme in each council's latest report${matrix.pageCount > 1 ? `, councils ${first} to ${first + matrix.rows.length - 1} of ${matrix.total}` : ""}`}
        />
      )}
      <PaginationLinks
        page={matrix.page}
        pageCount={matrix.pageCount}
        href={(n) => (n === 1 ? "/themes" : `/themes?page=${n}`)}
        label="Pages of councils"
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
