import { THEMES } from "../assessment";
import { pageNameRanges } from "../formatting/pagination";
import { MATRIX_PAGE_SIZE, themeMatrix } from "../queries/themes";
import { parseThemesMatrixParams, type ThemesMatrixParams } from "../requests/list-params";
import { type RawParams, toQueryString } from "../requests/params";

/** The matrix's URL with these options; page 1 and A to Z left out, so one view has one URL. */
function themesMatrixHref(options: Omit<ThemesMatrixParams, "page">, page = 1): string {
  return `/themes${toQueryString({ region: options.region, sort: options.sort, page: page > 1 ? page : undefined })}`;
}

/** "Each theme in each London council's latest report, most concerns on Records first, councils 1 to 50 of 150". */
function matrixCaption(options: Omit<ThemesMatrixParams, "page">, shown: { first: number; count: number; total: number; pages: number }) {
  const theme = THEMES.find((t) => t.id === options.sort);
  return [
    `Each theme in each ${options.region ? `${options.region} ` : ""}council's latest report`,
    theme ? `, most concerns against strengths on ${theme.name} first` : "",
    shown.pages > 1 ? `, councils ${shown.first} to ${shown.first + shown.count - 1} of ${shown.total}` : "",
  ].join("");
}

/**
 * The themes matrix (`/themes?region=&sort=&page=`): the form's values and
 * choices, what is wrong with the request (shown, and the matrix shown
 * unfiltered), and the page of councils.
 */
export async function loadThemesMatrixPage(raw: RawParams) {
  const parsed = parseThemesMatrixParams(raw);
  const options: ThemesMatrixParams = parsed.ok ? parsed.value : { page: 1 };
  const matrix = await themeMatrix(options);
  const first = (matrix.page - 1) * MATRIX_PAGE_SIZE + 1;
  const view = { region: options.region, sort: options.sort };
  return {
    errors: parsed.ok ? [] : parsed.errors,
    form: {
      themes: THEMES.map((t) => ({ id: t.id, name: t.name })),
      values: { region: options.region ?? "", sort: options.sort ?? "" },
    },
    matrix,
    caption: matrixCaption(view, { first, count: matrix.rows.length, total: matrix.total, pages: matrix.pageCount }),
    pageHref: (page: number) => themesMatrixHref(view, page),
    /** Which names each page holds ("Ab–Bo"), when the councils are A to Z; empty when sorted by a theme. */
    pageLabels: pageNameRanges(matrix.namesInOrder, MATRIX_PAGE_SIZE),
    view,
  };
}

export type ThemesMatrixPageData = Awaited<ReturnType<typeof loadThemesMatrixPage>>;
