import { authorityChoiceLinks, authorityFieldProblem } from "../authorities/authority-picker";
import { ASSESSMENT_LABEL } from "../evidence/display";
import { THEMES } from "../assessment";
import { authorityCandidates, authorityPickerFor, readAuthorityField } from "../queries/authorities";
import { outcomeOptions, search } from "../queries/search";
import { searchFacetCounts } from "../queries/search-facets";
import { firstParam, type ParamError, parseSearchParams, type RawParams } from "../requests/params";
import { groupByCouncil } from "../councils/group-by-council";
import { appliedSearchFilters, type SearchLinkFilters, shapeFacets } from "./facets";
import { councilsForSearch } from "./search-councils";

/** The parameters the search page reads. */
export const SEARCH_PAGE_KEYS = ["q", "authority", "region", "outcome", "theme", "assessment", "page"] as const;

/**
 * Everything the search page shows, read once: the form's choices and values,
 * what is wrong with the request, and the results when there is a search to
 * run. With too many authorities to list, the authority filter is typed: it is
 * found by part of a name or a code, and the search filtered by its slug.
 */
export async function loadSearchPage(raw: RawParams) {
  const [picker, outcomes] = await Promise.all([authorityPickerFor(), outcomeOptions()]);
  const field = await readAuthorityField(picker, firstParam(raw.authority));
  const problem = authorityFieldProblem(field);
  const authorityError: ParamError | null = problem === null ? null : { param: "authority", message: problem };
  const params = parseSearchParams({ ...raw, authority: field.slug });
  const value = params.ok
    ? params.value
    : { q: undefined, authority: undefined, region: undefined, outcome: undefined, theme: undefined, assessment: undefined, page: 1 };
  const filters: SearchLinkFilters = {
    q: value.q,
    authority: value.authority,
    region: value.region,
    outcome: value.outcome,
    theme: value.theme,
    assessment: value.assessment,
  };
  const errors = [...(params.ok ? [] : params.errors), ...(authorityError ? [authorityError] : [])];
  const searching = errors.length === 0 && value.q;
  const [result, counts, candidates] = await Promise.all([
    searching ? search({ ...filters, q: value.q!, page: value.page }) : null,
    searching ? searchFacetCounts({ ...filters, q: value.q! }) : null,
    value.q && value.page === 1 ? authorityCandidates() : [],
  ]);
  const authorityName = picker.kind === "select" ? picker.authorities.find((a) => a.slug === value.authority)?.name : field.typed?.name;
  const names = {
    authority: authorityName,
    outcome: outcomes.find((o) => o.value === value.outcome)?.title,
    theme: THEMES.find((t) => t.id === value.theme)?.name,
    assessment: value.assessment && ASSESSMENT_LABEL[value.assessment],
  };
  return {
    title: errors.length === 0 && value.q ? `Search: ${value.q}` : "Search findings and recommendations",
    form: {
      picker,
      outcomes,
      value,
      authority: picker.kind === "select" ? (value.authority ?? "") : (field.typed?.name ?? firstParam(raw.authority) ?? ""),
      authorityError: authorityError?.message,
      authorityChoices: authorityChoiceLinks("/search", givenParams(raw), "authority", field.ambiguous),
      authorityChoicesTotal: field.ambiguous?.total,
    },
    errors: result && !result.ok ? [...errors, { param: "q", message: "Enter words to search for" }] : errors,
    result: result?.ok ? result : null,
    /** The councils the words name, listed before the paragraphs on the first page. */
    councils: value.q ? councilsForSearch(value.q, candidates) : { councils: [], total: 0 },
    filters,
    scope: searchScope({ ...names, region: value.region }),
    facets: counts ? shapeFacets(counts, filters, outcomes) : [],
    applied: appliedSearchFilters(filters, names),
    groups: result?.ok ? groupByCouncil(result.hits, councilCounts(counts)) : [],
  };
}

/** The search's parameters as given, for links that change one of them. */
function givenParams(raw: RawParams): Record<string, string | undefined> {
  return Object.fromEntries(SEARCH_PAGE_KEYS.map((k) => [k, firstParam(raw[k])]));
}

/** Each council's matches in the whole search, by slug, from the council facet's counts. */
function councilCounts(counts: Awaited<ReturnType<typeof searchFacetCounts>> | null): Map<string, number> {
  const slugs = new Map((counts?.authorities ?? []).map((a) => [String(a.id), a.slug]));
  return new Map((counts?.rows ?? []).filter((r) => r.facet === "council").map((r) => [slugs.get(r.value) ?? "", r.count]));
}

export type SearchPageData = Awaited<ReturnType<typeof loadSearchPage>>;

/** Where the search looked, after the words searched for: " in Barnet under Outcome 7: … on Theme, paragraphs tagged Concern". */
function searchScope(names: { authority?: string; region?: string; outcome?: string; theme?: string; assessment?: string }): string {
  return [
    names.authority && ` in ${names.authority}`,
    names.region && ` in ${names.region}`,
    names.outcome && ` under ${names.outcome}`,
    names.theme && ` on ${names.theme}`,
    names.assessment && `, paragraphs tagged ${names.assessment}`,
  ]
    .filter(Boolean)
    .join("");
}
