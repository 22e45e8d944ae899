import type { Metadata } from "next";
import { ErrorSummary } from "@/components/ErrorSummary";
import { PaginationLinks } from "@/components/PaginationLinks";
import { ThemesMatrix } from "@/components/themes/ThemesMatrix";
import { THEMES } from "@/lib/findings";
import { parsePageNumber, type RawParams } from "@/lib/requests/params";
import { themeMatrix } from "@/lib/queries/themes";

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
  return (
    <>
      {!parsed.ok && <ErrorSummary errors={parsed.errors} />}
      <h1>Themes across councils</h1>
      <p className="lead">
        Where each theme is raised as a concern or recorded as a strength in each council&rsquo;s latest report. Select a count to read the
        paragraphs behind it.
      </p>
      <p className="hint">
        A paragraph tagged Mixed counts as both a concern and a strength. Tags and themes are a reading of the wording:{" "}
        <a href="/about#evidence">how findings are read</a>.
      </p>
      <h2>The themes</h2>
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
      {matrix.rows.length === 0 ? (
        <div className="inset-text">
          <p>{matrix.total === 0 ? "No inspection reports are loaded." : `There is no page ${matrix.page}.`}</p>
        </div>
      ) : (
        <ThemesMatrix matrix={matrix} />
      )}
      <PaginationLinks
        page={matrix.page}
        pageCount={matrix.pageCount}
        href={(n) => (n === 1 ? "/themes" : `/themes?page=${n}`)}
        label="Pages of councils"
      />
      <p className="print:hidden">
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON document, not a page to navigate to on the client */}
        <a href="/api/themes">The themes and these counts as JSON</a>
      </p>
    </>
  );
}
