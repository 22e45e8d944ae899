import { authorityPickerFor } from "../queries/authorities";
import { listHomePage } from "../queries/home-listing";
import type { ParamError, RawParams } from "../requests/params";
import { pageNameRanges } from "../formatting/pagination";
import { defaultDirection, describeFilters, type HomeRequest, readHomeParams } from "./home-filters";
import { homeTableRange } from "./home-page";

const sentence = (e: ParamError) => `${e.message.charAt(0).toUpperCase()}${e.message.slice(1)}.`;

const SORT_PARAMS = ["sort", "dir"];
const FILTER_PARAMS = ["region", "grade", "judgement"];

/** What the page says about bad parameters: each, then what is shown instead. */
function explain(errors: ParamError[]) {
  const of = (params: string[]) => errors.filter((e) => params.includes(e.param));
  const [sorting, paging, filtering] = [of(SORT_PARAMS), of(["page"]), of(FILTER_PARAMS)];
  return {
    errors: [
      ...(sorting.length ? [...sorting.map(sentence), "The authorities are shown A to Z by name instead."] : []),
      ...(paging.length ? [...paging.map(sentence), "The first page is shown instead."] : []),
      ...(filtering.length
        ? [...filtering.map(sentence), `The authorities are shown without ${filtering.length === 1 ? "that filter" : "those filters"}.`]
        : []),
    ],
    errorTitle: sorting.length === errors.length ? "The table could not be sorted as asked" : "There is a problem",
  };
}

/**
 * The home page (`/?region=&grade=&judgement=&sort=&dir=&page=`): one page of
 * the authorities the filters keep, in the order asked for, and the compare
 * form's picker. A bad parameter is explained and left out: the table is shown
 * in its usual order, from its first page or without that filter.
 */
export async function loadHomePage(raw: RawParams) {
  const { values, errors } = readHomeParams(raw);
  const sortFailed = errors.some((e) => SORT_PARAMS.includes(e.param));
  const sort = sortFailed ? "name" : (values.sort ?? "name");
  const request: HomeRequest = {
    sort,
    dir: sortFailed ? "asc" : (values.dir ?? defaultDirection(sort)),
    page: values.page ?? 1,
    filters: { region: values.region, grade: values.grade, judgement: values.judgement ?? "safeguarding" },
  };
  const [result, picker] = await Promise.all([listHomePage(request), authorityPickerFor()]);
  const filtered = describeFilters(request.filters);
  const matches = `${result.total.toLocaleString("en-GB")} ${result.total === 1 ? "authority" : "authorities"}`;
  return {
    ...explain(errors),
    sort: request.sort,
    dir: request.dir,
    filters: request.filters,
    result,
    picker,
    /** "4 authorities of 152: Inadequate on overall safeguarding, in London"; null without filters. */
    count: filtered ? `${matches} of ${result.all.toLocaleString("en-GB")}: ${filtered}` : null,
    range: homeTableRange({ total: result.total, page: result.page, pageSize: result.pageSize, shown: result.rows.length }),
    /** Which names each page holds ("Ba–Du"), when the pages are in name order; empty otherwise. */
    pageLabels: pageNameRanges(result.namesInOrder, result.pageSize),
  };
}

export type HomePageData = Awaited<ReturnType<typeof loadHomePage>>;
