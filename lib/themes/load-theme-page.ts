import { findAuthority, authorityPickerFor } from "../queries/authorities";
import { groupByCouncil } from "../councils/group-by-council";
import { themeCouncilCounts, themeEvidence } from "../queries/themes";
import { firstParam, type ParamError, parseThemeFilters, type RawParams } from "../requests/params";
import { councilSummaryRows, findTheme } from "./theme-pages";

/**
 * A theme's page (`/themes/[id]?authority=&assessment=&page=`): the theme, the
 * filter form's values, what is wrong with them, and the evidence on the
 * theme when nothing is. Null when there is no such theme. The council is
 * found by name or slug, so that it can be typed when there are too many to list.
 */
export async function loadThemePage(id: string, raw: RawParams) {
  const theme = findTheme(id);
  if (!theme) return null;
  const picker = await authorityPickerFor();
  const given = firstParam(raw.authority);
  const found = given ? await findAuthority(given) : null;
  const errors: ParamError[] = given && !found ? [{ param: "authority", message: `There is no authority called '${given}'` }] : [];
  const parsed = parseThemeFilters({ ...raw, authority: found ? found.slug : undefined });
  if (!parsed.ok) errors.push(...parsed.errors);
  const filters = parsed.ok ? parsed.value : { page: 1 };
  const values = { authority: filters.authority, assessment: "assessment" in filters ? filters.assessment : undefined };
  const [result, counts] =
    errors.length === 0 ? await Promise.all([themeEvidence(theme.id, filters), themeCouncilCounts(theme.id, values)]) : [null, []];
  return {
    theme,
    errors,
    form: { picker, values, authority: picker.kind === "select" ? filters.authority : (found?.name ?? given) },
    authorityName: found?.name,
    result,
    summary: councilSummaryRows(counts, theme.id, values),
    groups: result ? groupByCouncil(result.items, new Map(counts.map((c) => [c.slug, c.items]))) : [],
  };
}

export type ThemePageData = NonNullable<Awaited<ReturnType<typeof loadThemePage>>>;
