import { comparableNeighbours } from "../queries/councils";
import { firstParam, type RawParams } from "../requests/params";
import { compareEvidence, compareReports, onlyConcerns } from "./compare-reports";
import { readComparePageRequest } from "./compare-request";

/**
 * The compare page (`/compare?a=&b=&concerns=only`): the form's values, what
 * is wrong with the request, and the comparison when two authorities are
 * ready to compare.
 */
export async function loadComparePage(raw: RawParams) {
  const request = await readComparePageRequest(raw);
  const { picker, chosen, a, b, allProblems: problems, concernsOnly } = request;
  const pair = problems.length === 0 && a && b && a.slug !== b.slug ? { a, b } : null;
  const full = pair ? compareReports(pair.a.current.report, pair.b.current.report) : null;
  // From a list: the slugs, else the first two authorities. Typed: the names found, else what was typed.
  const listed = picker.kind === "select" ? picker.authorities : [];
  const first = picker.kind === "select" ? (a?.slug ?? chosen.a ?? listed[0]?.slug) : (a?.name ?? firstParam(raw.a));
  const second =
    picker.kind === "select" ? (b?.slug ?? chosen.b ?? listed.find((x) => x.slug !== first)?.slug) : (b?.name ?? firstParam(raw.b));
  // "Compare with a statistical neighbour" of the first authority chosen.
  const neighbours = a ? { name: a.name, list: await comparableNeighbours(a.slug, a.codes) } : null;
  return {
    title: request.problems.length === 0 && a && b ? `Compare ${a.name} and ${b.name}` : "Compare two authorities",
    problems,
    form: { picker, a: first, b: second, errors: request.fieldErrors, choices: request.fieldChoices, concernsOnly, neighbours },
    comparison:
      pair && full
        ? {
            ...pair,
            concernsOnly,
            comparison: concernsOnly ? onlyConcerns(full) : full,
            evidence: compareEvidence(full, pair.a.current.report, pair.b.current.report),
          }
        : null,
  };
}

export type CompareResult = NonNullable<Awaited<ReturnType<typeof loadComparePage>>["comparison"]>;
