import { ScrollRegion } from "@/components/ScrollRegion";
import { StickyCaption } from "@/components/StickyCaption";
import { THEMES } from "@/lib/assessment";
import type { MatrixRow } from "@/lib/queries/themes";
import { BALANCE_WORDS, type CellBalance, cellBalance, describeCell } from "@/lib/themes/theme-pages";

/**
 * Shades by balance. Tints stay pale enough for links to keep 4.5:1; the
 * "mostly" ends add a bar on the left, so that five shades are told apart
 * without fine colour vision, and the balance is said in words anyway.
 */
const SHADE: Record<CellBalance, string> = {
  "mostly-concerns": "bg-concern-cell shadow-[inset_6px_0_0_var(--color-error)]",
  "more-concerns": "bg-concern-cell",
  even: "bg-highlight",
  "more-strengths": "bg-strength-cell",
  "mostly-strengths": "bg-strength-cell shadow-[inset_6px_0_0_var(--color-success)]",
  neither: "",
};

/** More councils than fit beside the themes at 1280 px: the region then says that it scrolls. */
const COUNCILS_IN_VIEW = 4;

function Cell({ row, themeId, themeName }: { row: MatrixRow; themeId: string; themeName: string }) {
  const cell = row.cells[themeId];
  if (!cell) return <span className="hint">none</span>;
  const balance = BALANCE_WORDS[cellBalance(cell)];
  return (
    <a
      href={`/themes/${themeId}?authority=${encodeURIComponent(row.slug)}`}
      aria-label={`${row.name}, ${themeName}: ${balance}, ${describeCell(cell)}`}
    >
      <span className="font-bold">{balance}</span>
      <span className="block">{describeCell(cell)}</span>
    </a>
  );
}

/** Themes as rows and councils as columns, so that with a few councils every column is in sight; many councils scroll inside a marked region, the themes kept in place. */
function MatrixTable({ rows, caption }: { rows: MatrixRow[]; caption: string }) {
  const scrolls = rows.length > COUNCILS_IN_VIEW;
  return (
    <div className="max-sm:hidden">
      {scrolls && (
        <p className="hint mb-2" id="themes-matrix-scroll">
          The table scrolls sideways: {rows.length} councils. The themes stay in place.
        </p>
      )}
      <ScrollRegion labelledBy="themes-matrix-caption" className={`@container ${scrolls ? "border-2 border-ink" : ""}`}>
        <table className="themes-matrix">
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
                <th scope="col" key={row.slug} className={scrolls ? "min-w-44" : ""}>
                  <a href={`/authorities/${row.slug}`}>{row.name}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {THEMES.map((t) => (
              <tr key={t.id}>
                <th scope="row" className="sticky left-0 z-1 min-w-48 bg-white">
                  <a href={`/themes/${t.id}`}>{t.name}</a>
                </th>
                {rows.map((row) => {
                  const cell = row.cells[t.id];
                  return (
                    <td key={row.slug} className={`pl-3 text-body-s ${cell ? SHADE[cellBalance(cell)] : ""}`}>
                      <Cell row={row} themeId={t.id} themeName={t.name} />
                    </td>
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

/** On a phone: a list per council, a line per theme it has paragraphs on. */
function MatrixLists({ rows }: { rows: MatrixRow[] }) {
  return (
    <div className="sm:hidden">
      {rows.map((row) => (
        <section key={row.slug} aria-labelledby={`themes-of-${row.slug}`} className="themes-council mb-6">
          <h2 id={`themes-of-${row.slug}`} className="text-body-l">
            <a href={`/authorities/${row.slug}`}>{row.name}</a>
          </h2>
          <ul className="list-none p-0">
            {THEMES.filter((t) => row.cells[t.id]).map((t) => (
              <li key={t.id} className={`mb-1 px-2 py-1 text-body-s ${SHADE[cellBalance(row.cells[t.id])]}`}>
                <a href={`/themes/${t.id}?authority=${encodeURIComponent(row.slug)}`}>{t.name}</a>:{" "}
                {BALANCE_WORDS[cellBalance(row.cells[t.id])]}, {describeCell(row.cells[t.id])}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function ThemeMatrix({ rows, caption }: { rows: MatrixRow[]; caption: string }) {
  return (
    <>
      <MatrixTable rows={rows} caption={caption} />
      <MatrixLists rows={rows} />
    </>
  );
}
