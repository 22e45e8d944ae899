import { typedAuthorityNotFound } from "../authorities/authority-picker";
import { ASSESSMENT_LABEL } from "../evidence/display";
import { THEMES } from "../assessment";
import { authorityPickerFor, readAuthorityField } from "../queries/authorities";
import { outcomeOptions, search, type SearchFilters } from "../queries/search";
import { firstParam, type ParamError, parseSearchParams, type RawParams } from "../requests/params";

/** The parameters the search page reads. */
export const SEARCH_PAGE_KEYS = ["q", "authority", "outcome", "theme", "assessment", "page"] as const;

/** The search's filters as links and downloads repeat them (the words may be missing). */
export type SearchLinkFilters = Omit<SearchFilters, "q" | "page"> & { q?: string };

/**
 * Everything the search page shows, read once: the form's choices and values,
 * what is wrong with the request, and the results when there is a search to
 * run. With too many authorities to list, the authority filter is typed: it is
 * found by slug or name, and the search filtered by its slug.
 */
export async function loadSearchPage(raw: RawParams) {
  const [picker, outcomes] = await Promise.all([authorityPickerFor(), outcomeOptions()]);
  const field = await readAuthorityField(picker, firstParam(raw.authority));
  const authorityError: ParamError | null =
    field.unknown === null ? null : { param: "authority", message: typedAuthorityNotFound(field.unknown) };
  const params = parseSearchParams({ ...raw, authority: field.slug });
  const value = params.ok
    ? params.value
    : { q: undefined, authority: undefined, outcome: undefined, theme: undefined, assessment: undefined, page: 1 };
  const filters: SearchLinkFilters = {
    q: value.q,
    authority: value.authority,
    outcome: value.outcome,
    theme: value.theme,
    assessment: value.assessment,
  };
  const errors = [...(params.ok ? [] : params.errors), ...(authorityError ? [authorityError] : [])];
  const result = errors.length === 0 && value.q ? await search({ ...filters, q: value.q, page: value.page }) : null;
  const authorityName = picker.kind === "select" ? picker.authorities.find((a) => a.slug === value.authority)?.name : field.typed?.name;
  return {
    title: errors.length === 0 && value.q ? `Search: ${value.q}` : "Search findings and recommendations",
    form: {
      picker,
      outcomes,
      value,
      authority: picker.kind === "select" ? (value.authority ?? "") : (field.typed?.name ?? firstParam(raw.authority) ?? ""),
      authorityError: authorityError?.message,
    },
    errors: result && !result.ok ? [...errors, { param: "q", message: "Enter words to search for" }] : errors,
    result: result?.ok ? result : null,
    filters,
    scope: searchScope({
      authority: authorityName,
      outcome: outcomes.find((o) => o.value === value.outcome)?.title,
      theme: THEMES.find((t) => t.id === value.theme)?.name,
      assessment: value.assessment && ASSESSMENT_LABEL[value.assessment],
    }),
  };
}

export type SearchPageData = Awaited<ReturnType<typeof loadSearchPage>>;

/** Where the search looked, after the words searched for: " in Barnet under Outcome 7: … on Theme, paragraphs tagged Concern". */
function searchScope(names: { authority?: string; outcome?: string; theme?: string; assessment?: string }): string {
  return [
    names.authority && ` in ${names.authority}`,
    names.outcome && ` under ${names.outcome}`,
    names.theme && ` on ${names.theme}`,
    names.assessment && `, paragraphs tagged ${names.assessment}`,
  ]
    .filter(Boolean)
    .join("");
}
