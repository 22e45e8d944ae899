import { ScrollRegion } from "@/components/ScrollRegion";
import { StickyCaption } from "@/components/StickyCaption";
import { THEMES } from "@/lib/assessment";
import type { MatrixRow, ThemeCell } from "@/lib/queries/themes";
import { anyReviewed, BALANCE_WORDS, type CellBalance, cellBalance, describeCell, describeReviewed } from "@/lib/themes/theme-pages";

/*
 * Bytes (issue 26): at 150 councils, 50 councils by 19 themes drawn twice (the
 * table, and the phone's lists), each cell with its classes and a long
 * aria-label, made /themes 1.49 MB, 59% of it the RSC payload repeating the
 * markup. So: a page of MATRIX_PAGE_SIZE councils, drawn once (lists for a
 * phone only while there are few councils; more scroll in the table there too),
 * each cell only its words (one string) and a link. The shading is named once per balance
 * on the table (data-b), not on every cell; a cell's link takes its council
 * and theme from the table's headings (WCAG 2.4.4, link purpose in context).
 */

/** A short name per balance for data-b: what the shades below key on. */
const CODE: Record<CellBalance, string> = {
  "mostly-concerns": "cc",
  "more-concerns": "c",
  even: "e",
  "more-strengths": "s",
  "mostly-strengths": "ss",
  neither: "n",
};

/**
 * Shades by balance. Tints stay pale enough for links to keep 4.5:1; the
 * "mostly" ends add a bar on the left, so that five shades are told apart
 * without fine colour vision, and the balance is said in words anyway.
 */
const SHADES =
  "[&_[data-b=cc]]:bg-concern-cell [&_[data-b=cc]]:shadow-[inset_6px_0_0_var(--color-error)] [&_[data-b=c]]:bg-concern-cell " +
  "[&_[data-b=e]]:bg-highlight [&_[data-b=s]]:bg-strength-cell [&_[data-b=ss]]:bg-strength-cell " +
  "[&_[data-b=ss]]:shadow-[inset_6px_0_0_var(--color-success)]";

/** Each cell's look, said once for the table: the balance on its first line, in bold (one text, not an element more per cell). */
const CELLS =
  "[&_td]:pl-3 [&_td]:text-body-s [&_td:not(:has(a))]:text-secondary-ink [&_td]:whitespace-pre-line [&_td:has(a)]:first-line:font-bold " +
  "[&_tbody_th]:sticky [&_tbody_th]:left-0 [&_tbody_th]:z-1 [&_tbody_th]:min-w-40 [&_tbody_th]:bg-white sm:[&_tbody_th]:min-w-48";
/** The councils' names stay at the top of a region that scrolls both ways. */
const STICKY_HEAD =
  "[&_thead_th]:sticky [&_thead_th]:top-0 [&_thead_th]:z-2 [&_thead_th]:min-w-44 [&_thead_th]:bg-white [&_thead_th:first-child]:z-3";

/** More councils than fit beside the themes at 1280 px: the region then says that it scrolls. */
const COUNCILS_IN_VIEW = 4;

const cellHref = (themeId: string, slug: string) => `/themes/${themeId}?authority=${encodeURIComponent(slug)}`;

/** A cell's words: its balance, its counts, and whether a reviewer's mark is among them (only then), a line each. */
const cellWords = (cell: ThemeCell) =>
  [BALANCE_WORDS[cellBalance(cell)], describeCell(cell), describeReviewed(cell)].filter((line) => line !== null).join("\n");

/** Themes as rows and councils as columns, so that with a few councils every column is in sight; many councils scroll inside a marked region, the themes kept in place. */
function MatrixTable({ rows, caption, describedBy }: { rows: MatrixRow[]; caption: string; describedBy?: string }) {
  const scrolls = rows.length > COUNCILS_IN_VIEW;
  return (
    <div className={scrolls ? "" : "max-sm:hidden"}>
      {scrolls && (
        <p className="hint mb-2" id="themes-matrix-scroll">
          The table scrolls: {rows.length} councils. The themes and the councils&rsquo; names stay in place.
        </p>
      )}
      {/* Many councils: the region scrolls both ways, so that the councils' names (sticky at its top) and the themes (at its left) stay in view. */}
      <ScrollRegion
        labelledBy="themes-matrix-caption"
        className={`@container ${scrolls ? "max-h-[85vh] overflow-y-auto border-2 border-ink" : ""}`}
      >
        <table className={`themes-matrix ${CELLS} ${scrolls ? STICKY_HEAD : ""} ${SHADES}`} aria-describedby={describedBy}>
          {/* Kept in view while many councils scroll sideways. */}
          <caption id="themes-matrix-caption" className="caption-m text-left">
            <StickyCaption>{caption}</StickyCaption>
          </caption>
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 z-1 bg-white">
                Theme
              </th>
              {rows.map((row) => (
                <th scope="col" key={row.slug}>
                  <a href={`/authorities/${row.slug}`}>{row.name}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {THEMES.map((t) => (
              <tr key={t.id}>
                <th scope="row">
                  <a href={`/themes/${t.id}`}>{t.name}</a>
                </th>
                {rows.map((row, i) => {
                  const cell = row.cells[t.id];
                  return cell ? (
                    <td key={i} data-b={CODE[cellBalance(cell)]}>
                      <a href={cellHref(t.id, row.slug)}>{cellWords(cell)}</a>
                    </td>
                  ) : (
                    <td key={i}>none</td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

/** On a phone, while the councils are few: a list per council, a line per theme it has paragraphs on. */
function MatrixLists({ rows }: { rows: MatrixRow[] }) {
  return (
    <div className={`sm:hidden [&_li]:mb-1 [&_li]:px-2 [&_li]:py-1 [&_li]:text-body-s [&_ul]:list-none [&_ul]:p-0 ${SHADES}`}>
      {rows.map((row) => (
        <section key={row.slug} aria-labelledby={`themes-of-${row.slug}`} className="themes-council mb-6">
          <h2 id={`themes-of-${row.slug}`} className="text-body-l">
            <a href={`/authorities/${row.slug}`}>{row.name}</a>
          </h2>
          <ul>
            {THEMES.filter((t) => row.cells[t.id]).map((t) => {
              const cell = row.cells[t.id];
              return (
                <li key={t.id} data-b={CODE[cellBalance(cell)]}>
                  <a href={cellHref(t.id, row.slug)}>{t.name}</a>
                  {`: ${[`${BALANCE_WORDS[cellBalance(cell)]}, ${describeCell(cell)}`, describeReviewed(cell)?.toLowerCase()].filter(Boolean).join("; ")}`}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** The key under the matrix, only when a cell shown includes a reviewer's mark. */
const REVIEWED_KEY = "themes-matrix-reviewed";

export function ThemeMatrix({ rows, caption }: { rows: MatrixRow[]; caption: string }) {
  const reviewed = anyReviewed(rows);
  return (
    <>
      <MatrixTable rows={rows} caption={caption} describedBy={reviewed ? REVIEWED_KEY : undefined} />
      {rows.length <= COUNCILS_IN_VIEW && <MatrixLists rows={rows} />}
      {reviewed && (
        <p className="hint mt-2" id={REVIEWED_KEY}>
          A count that &ldquo;includes&rdquo; reviewers&rsquo; marks counts those paragraphs under the mark an admin gave them in place of
          the rules&rsquo; mark; the council&rsquo;s page says why.
        </p>
      )}
    </>
  );
}
