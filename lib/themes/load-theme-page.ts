import { authorityChoiceLinks, authorityFieldProblem } from "../authorities/authority-picker";
import { authorityPickerFor, readAuthorityField } from "../queries/authorities";
import { groupByCouncil } from "../councils/group-by-council";
import { themeCouncilCounts, themeEvidence } from "../queries/themes";
import { firstParam, type ParamError, parseThemeFilters, type RawParams } from "../requests/params";
import { councilSummaryRows, findTheme } from "./theme-pages";

/**
 * A theme's page (`/themes/[id]?authority=&assessment=&page=`): the theme, the
 * filter form's values, what is wrong with them, and the evidence on the
 * theme when nothing is, folded by council. Null when there is no such theme.
 * The council is found by part of a name or a code, so that it can be typed
 * when there are too many to list.
 */
export async function loadThemePage(id: string, raw: RawParams) {
  const theme = findTheme(id);
  if (!theme) return null;
  const picker = await authorityPickerFor();
  const given = firstParam(raw.authority);
  // Read as typed whatever the form shows: a slug from the list is found as one too.
  const field = await readAuthorityField({ kind: "text" }, given);
  const found = field.typed;
  const problem = authorityFieldProblem(field, (typed) => `There is no authority called '${typed}'`);
  const errors: ParamError[] = problem ? [{ param: "authority", message: problem }] : [];
  const parsed = parseThemeFilters({ ...raw, authority: found ? found.slug : undefined });
  if (!parsed.ok) errors.push(...parsed.errors);
  const filters = parsed.ok ? parsed.value : { page: 1 };
  const values = { authority: filters.authority, assessment: "assessment" in filters ? filters.assessment : undefined };
  const [result, counts] =
    errors.length === 0 ? await Promise.all([themeEvidence(theme.id, filters), themeCouncilCounts(theme.id, values)]) : [null, []];
  return {
    theme,
    errors,
    form: {
      picker,
      values,
      authority: picker.kind === "select" ? filters.authority : (found?.name ?? given),
      choices: authorityChoiceLinks(
        `/themes/${theme.id}`,
        { authority: given, assessment: firstParam(raw.assessment) },
        "authority",
        field.ambiguous,
      ),
      choicesTotal: field.ambiguous?.total,
    },
    authorityName: found?.name,
    result,
    summary: councilSummaryRows(counts, theme.id, values),
    groups: result ? groupByCouncil(result.items, new Map(counts.map((c) => [c.slug, c.items]))) : [],
  };
}

export type ThemePageData = NonNullable<Awaited<ReturnType<typeof loadThemePage>>>;
