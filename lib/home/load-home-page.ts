import { authorityPickerFor } from "../queries/authorities";
import { listAuthorityOverviewPage } from "../queries/authority-overviews";
import { type ParamError, parseHomeSort, parsePageNumber, type RawParams } from "../requests/params";
import { homeTableRange } from "./home-page";

const sentence = (e: ParamError) => `${e.message.charAt(0).toUpperCase()}${e.message.slice(1)}.`;

/**
 * The home page (`/?sort=&dir=&page=`): one page of the authorities in the
 * order asked for, and the compare form's picker. A bad sort or page is
 * explained, and the table shown in its usual order or from its first page.
 */
export async function loadHomePage(raw: RawParams) {
  const sorting = parseHomeSort(raw);
  const paging = parsePageNumber(raw);
  const { sort, dir } = sorting.ok ? sorting.value : { sort: "name" as const, dir: "asc" as const };
  const [result, picker] = await Promise.all([
    listAuthorityOverviewPage(sort, dir, paging.ok ? paging.value.page : 1),
    authorityPickerFor(),
  ]);
  return {
    errors: [
      ...(sorting.ok ? [] : [...sorting.errors.map(sentence), "The authorities are shown A to Z by name instead."]),
      ...(paging.ok ? [] : [...paging.errors.map(sentence), "The first page is shown instead."]),
    ],
    errorTitle: paging.ok ? "The table could not be sorted as asked" : "There is a problem",
    sort,
    dir,
    result,
    picker,
    range: homeTableRange({ total: result.total, page: result.page, pageSize: result.pageSize, shown: result.rows.length }),
  };
}

export type HomePageData = Awaited<ReturnType<typeof loadHomePage>>;
