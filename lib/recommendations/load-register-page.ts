import { authorityChoiceLinks, authorityFieldProblem } from "../authorities/authority-picker";
import { latestReportDates, readAuthorityField } from "../queries/authorities";
import { groupByCouncil } from "../councils/group-by-council";
import { authorityFilterPicker, countByAuthority, deadlineOptions, listRecommendations, PAGE_SIZE } from "../queries/recommendations";
import { firstParam, parseRecommendationFilters, RECOMMENDATION_FILTER_KEYS, type RawParams } from "../requests/params";
import { appliedFilters, filterErrorMessages, inFilterOrder, REGISTER_PATH, unknownAuthorityError } from "./register";

/** The parameters the register reads. */
export const REGISTER_PAGE_KEYS = [...RECOMMENDATION_FILTER_KEYS, "page"] as const;

/**
 * The recommendations register (`/recommendations`): the filter form's
 * choices, and either what is wrong with the filters (shown back as given) or
 * one page of the recommendations they select. With too many authorities to
 * list, the authority is typed: it is found by slug or name and filtered by its slug.
 */
export async function loadRegisterPage(raw: RawParams) {
  const given = Object.fromEntries(REGISTER_PAGE_KEYS.map((k) => [k, firstParam(raw[k])]));
  const [picker, deadlines] = await Promise.all([authorityFilterPicker(), deadlineOptions()]);
  const field = await readAuthorityField(picker, given.authority);
  const problem = authorityFieldProblem(field, (typed) => unknownAuthorityError(typed).message);
  const authorityError = problem === null ? null : { param: "authority", message: problem };
  const parsed = parseRecommendationFilters({ ...given, authority: field.slug });
  const form = {
    deadlines,
    picker,
    authorityChoices: authorityChoiceLinks(REGISTER_PATH, given, "authority", field.ambiguous),
    authorityChoicesTotal: field.ambiguous?.total,
  };
  if (!parsed.ok || authorityError) {
    const errors = inFilterOrder([
      ...(parsed.ok ? [] : filterErrorMessages(parsed.errors, given)),
      ...(authorityError ? [authorityError] : []),
    ]);
    return { ok: false as const, form, values: given, errors };
  }
  const filters = parsed.value;
  const result = await listRecommendations(filters);
  const slugs = [...new Set(result.rows.map((r) => r.authority.slug))];
  const groups = filters.group === "council" ? groupByCouncil(result.rows, await countByAuthority(filters, slugs)) : null;
  const listed = picker.kind === "select" ? picker.authorities : field.typed ? [field.typed] : [];
  const first = (result.page - 1) * PAGE_SIZE + 1;
  return {
    ok: true as const,
    form,
    values: field.typed ? { ...filters, authority: field.typed.name } : filters,
    filters,
    result,
    latest: await latestReportDates(slugs),
    groups,
    applied: appliedFilters(filters, (slug) => listed.find((a) => a.slug === slug)?.name),
    caption:
      result.pageCount > 1
        ? `Recommendations ${first} to ${first + result.rows.length - 1} of ${result.total}, ${groups ? "council by council" : "soonest due first"}`
        : `Recommendations, ${groups ? "council by council" : "soonest due first"}`,
  };
}

export type RegisterPageResults = Extract<Awaited<ReturnType<typeof loadRegisterPage>>, { ok: true }>;
