import { authorityChoiceLinks, authorityFieldProblem, typedAuthorityNotFound } from "../authorities/authority-picker";
import { type AuthorityFieldValue, authorityPickerFor, readAuthorityField } from "../queries/authorities";
import { getAuthorityReports } from "../queries/reports";
import {
  firstParam,
  type ParamError,
  type Parsed,
  parseCompareOptions,
  parseCompareParams,
  parseExportFormat,
  type RawParams,
} from "../requests/params";

/**
 * Reading a comparison request (`?a=&b=&concerns=only`), for the compare page
 * and for GET /api/compare: the same parameters, validated by the same schemas
 * (lib/requests/params.ts), and every message about them here. The page words
 * them for the person at the form, the API for a developer naming parameters.
 */

/** The API's request: both authorities (as slugs) required and different, and the options. */
export function readCompareApiRequest(raw: RawParams): Parsed<{ a: string; b: string; concernsOnly: boolean; csv: boolean }> {
  const parsed = parseCompareParams(raw);
  const options = parseCompareOptions(raw);
  const format = parseExportFormat(raw);
  if (!parsed.ok || !options.ok || !format.ok) {
    return { ok: false, errors: [parsed, options, format].flatMap((p) => (p.ok ? [] : p.errors)) };
  }
  const { a, b } = parsed.value;
  const missing: ParamError[] = [];
  if (!a) missing.push({ param: "a", message: "a is required: the slug of the first authority, like 'barnet'" });
  if (!b) missing.push({ param: "b", message: "b is required: the slug of the second authority, like 'dudley'" });
  if (!a || !b) return { ok: false, errors: missing };
  if (a === b) return { ok: false, errors: [{ param: "b", message: "b must be a different authority from a" }] };
  return { ok: true, value: { a, b, concernsOnly: options.value.concerns === "only", csv: format.value.format === "csv" } };
}

/** The parameters the compare page reads. */
export const COMPARE_PAGE_KEYS = ["a", "b", "concerns"] as const;

/**
 * The page's request: the two authorities asked for and what is wrong with it.
 * From a list (at most AUTHORITY_SELECT_LIMIT authorities) the values are
 * slugs; otherwise they are names or slugs as typed, resolved here. A form
 * sent empty is told so; a page opened without parameters is not.
 */
export async function readComparePageRequest(raw: RawParams) {
  const givenA = firstParam(raw.a);
  const givenB = firstParam(raw.b);
  const picker = await authorityPickerFor();
  const typed = picker.kind === "text";
  const params = typed ? null : parseCompareParams({ a: givenA, b: givenB });
  const [fieldA, fieldB] = await Promise.all([readAuthorityField(picker, givenA), readAuthorityField(picker, givenB)]);
  const chosen = params ? (params.ok ? params.value : {}) : { a: fieldA.slug, b: fieldB.slug };
  const [a, b] = await Promise.all([chosen.a ? getAuthorityReports(chosen.a) : null, chosen.b ? getAuthorityReports(chosen.b) : null]);
  const found = { a, b };
  const problems: ParamError[] = params && !params.ok ? [...params.errors] : [];
  const fieldErrors: { a?: string; b?: string } = {};
  const say = (param: "a" | "b", message: string) => {
    problems.push({ param, message });
    if (typed) fieldErrors[param] = message;
  };
  if (!params || params.ok) {
    for (const [side, given] of [
      ["a", givenA],
      ["b", givenB],
    ] as const) {
      if (given && !found[side])
        say(
          side,
          typed
            ? (authorityFieldProblem(side === "a" ? fieldA : fieldB) ?? typedAuthorityNotFound(given))
            : `There is no authority called '${given}'. Choose one from the list.`,
        );
    }
    if (a && b && a.slug === b.slug) say("b", `You chose ${a.name} twice. Choose two different authorities.`);
    missingSides(givenA, givenB, a ?? b, typed, raw.a !== undefined || raw.b !== undefined).forEach((p) => say(p.param, p.message));
  }
  const options = parseCompareOptions(raw);
  return {
    picker,
    chosen,
    a,
    b,
    /** What is wrong with the authorities asked for. */
    problems,
    /** What is wrong with them and with the options. */
    allProblems: options.ok ? problems : [...problems, ...options.errors],
    fieldErrors,
    /** Typed, a side that matches several councils: links choosing each. */
    fieldChoices: comparisonChoices(raw, fieldA, fieldB),
    concernsOnly: options.ok && options.value.concerns === "only",
  };
}

/** The links choosing among the councils either side matches, keeping the other side (as found, else as typed). */
function comparisonChoices(raw: RawParams, fieldA: AuthorityFieldValue, fieldB: AuthorityFieldValue) {
  const params = { a: fieldA.slug ?? firstParam(raw.a), b: fieldB.slug ?? firstParam(raw.b), concerns: firstParam(raw.concerns) };
  return {
    a: authorityChoiceLinks("/compare", params, "a", fieldA.ambiguous),
    b: authorityChoiceLinks("/compare", params, "b", fieldB.ambiguous),
    total: { a: fieldA.ambiguous?.total, b: fieldB.ambiguous?.total },
  };
}

/** What the page says when one authority, or (a form sent empty, typed) both, are missing. */
function missingSides(
  givenA: string | undefined,
  givenB: string | undefined,
  named: { name: string } | null,
  typed: boolean,
  submitted: boolean,
) {
  if (Boolean(givenA) !== Boolean(givenB)) {
    const side = givenA ? ("b" as const) : ("a" as const);
    if (!typed)
      return [{ param: side, message: named ? `Choose a second authority to compare with ${named.name}.` : "Choose two authorities." }];
    const message = named
      ? `Enter a second authority to compare with ${named.name}.`
      : `Enter the ${side === "a" ? "first" : "second"} authority`;
    return [{ param: side, message }];
  }
  if (typed && submitted && !givenA && !givenB) {
    return [
      { param: "a" as const, message: "Enter the first authority" },
      { param: "b" as const, message: "Enter the second authority" },
    ];
  }
  return [];
}
