import { THEMES } from "@/lib/findings";
import { MATRIX_PAGE_SIZE, type MatrixRow, type ThemeMatrix } from "@/lib/queries/themes";
import { describeCell } from "@/lib/themes/theme-pages";

/** Concerns and strengths by council and theme: a council a row, a theme a column, each count a link to its paragraphs. */
export function ThemesMatrix({ matrix }: { matrix: ThemeMatrix }) {
  const first = (matrix.page - 1) * MATRIX_PAGE_SIZE + 1;
  return (
    <div className="table-scroll">
      <table className="themes-matrix">
        <caption className="caption-m text-left">
          Concerns and strengths by council and theme
          {matrix.pageCount > 1 ? `, councils ${first} to ${first + matrix.rows.length - 1} of ${matrix.total}` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">Council</th>
            {THEMES.map((t) => (
              <th scope="col" key={t.id}>
                <a href={`/themes/${t.id}`}>{t.name}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <ThemesMatrixRow key={row.slug} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ThemesMatrixRow({ row }: { row: MatrixRow }) {
  return (
    <tr>
      <th scope="row">
        <a href={`/authorities/${row.slug}`}>{row.name}</a>
      </th>
      {THEMES.map((t) => {
        const cell = row.cells[t.id];
        const words = describeCell(cell);
        // Tints pale enough that the cell's link keeps 4.5:1 contrast.
        const shade = !cell ? "" : cell.concerns > 0 ? "bg-concern-cell" : cell.strengths > 0 ? "bg-strength-cell" : "";
        return (
          <td key={t.id} className={shade}>
            {cell ? (
              <a href={`/themes/${t.id}?authority=${encodeURIComponent(row.slug)}`} aria-label={`${row.name}, ${t.name}: ${words}`}>
                {words}
              </a>
            ) : (
              <span className="hint">none</span>
            )}
          </td>
        );
      })}
    </tr>
  );
}
