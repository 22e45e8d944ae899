/**
 * Finding a council from what a person types (issue 26): part of its name
 * ("Wellmouth", "north som"), its DfE LA number ("302"), its ONS code
 * ("E09000003"), its slug, or a common form of its name ("London Borough of
 * Barnet"), in any case. Pure: the stored authorities are passed in. Every
 * page's authority field, the header search and the suggestions API use it.
 */
import { matchCouncil } from "../councils";
import { normaliseAuthorityInput } from "./authority-picker";

export interface AuthorityCandidate {
  slug: string;
  name: string;
  laNumber: string | null;
  onsCode: string | null;
}

/** How the input found its councils: the whole of one, or part of the names of several (or one). */
type MatchResult<C> = { kind: "none" } | { kind: "one"; authority: C; exact: boolean } | { kind: "several"; authorities: C[] };

/** A DfE LA number or an ONS code, as people type them. */
const CODE_SHAPE = /^(?:\d{3}|[ew]\d{8})$/i;

/** Lower case, "&" as "and", accents and punctuation gone: "St. Helens" → "st helens". */
export function foldName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The councils whose whole name, slug or code the input is; empty when none. */
function exactMatches<C extends AuthorityCandidate>(input: string, candidates: readonly C[]): C[] {
  if (CODE_SHAPE.test(input)) {
    const code = input.toUpperCase();
    const byCode = candidates.filter((c) => c.laNumber === code || c.onsCode?.toUpperCase() === code);
    if (byCode.length > 0) return byCode;
  }
  const lower = input.toLowerCase();
  const folded = foldName(input);
  const exact = candidates.filter((c) => c.slug === lower || foldName(c.name) === folded);
  if (exact.length > 0) return exact;
  // "London Borough of Barnet", "Dudley MBC": the lookup knows the council; the candidates its LA number.
  const council = matchCouncil(input);
  return council ? candidates.filter((c) => c.laNumber === council.laNumber) : [];
}

/**
 * The councils part of whose name the input is: every word typed starts a
 * word of the name ("north som" finds North Somerset), or failing that the
 * input appears anywhere in it ("mouth" finds Wellmouth), unless `withinWords`
 * is false (the header search, where any word could be part of a name). Names that begin
 * with the input come first, then A to Z.
 */
function partialMatches<C extends AuthorityCandidate>(input: string, candidates: readonly C[], withinWords = true): C[] {
  const folded = foldName(input);
  if (folded === "") return [];
  const typedWords = folded.split(" ");
  const named = candidates.map((c) => ({ c, name: foldName(c.name) }));
  const byWords = named.filter(({ name }) => {
    const words = name.split(" ");
    return typedWords.every((t) => words.some((w) => w.startsWith(t)));
  });
  const found = byWords.length > 0 || folded.length < 3 || !withinWords ? byWords : named.filter(({ name }) => name.includes(folded));
  return found
    .sort((x, y) => Number(y.name.startsWith(folded)) - Number(x.name.startsWith(folded)) || x.name.localeCompare(y.name, "en-GB"))
    .map(({ c }) => c);
}

/**
 * What the input finds among the candidates: its whole name, slug or code
 * gives that council alone, even when it is also part of other names
 * ("Somerset" is Somerset, not North Somerset); otherwise the councils part
 * of whose names it is, one or several.
 */
export function matchAuthorities<C extends AuthorityCandidate>(
  typed: string,
  candidates: readonly C[],
  { withinWords = true }: { withinWords?: boolean } = {},
): MatchResult<C> {
  const input = normaliseAuthorityInput(typed);
  if (input === "") return { kind: "none" };
  const exact = exactMatches(input, candidates);
  if (exact.length === 1) return { kind: "one", authority: exact[0], exact: true };
  const partial = exact.length > 1 ? exact : partialMatches(input, candidates, withinWords);
  if (partial.length === 0) return { kind: "none" };
  return partial.length === 1 ? { kind: "one", authority: partial[0], exact: false } : { kind: "several", authorities: partial };
}

/**
 * Suggestions as a person types (the council fields' autocomplete): the
 * councils the input is the whole of first, then those part of whose names
 * it is, at most `limit`.
 */
export function suggestAuthorities<C extends AuthorityCandidate>(typed: string, candidates: readonly C[], limit = 10): C[] {
  const input = normaliseAuthorityInput(typed);
  if (input === "") return [];
  const exact = exactMatches(input, candidates);
  const partial = partialMatches(input, candidates).filter((c) => !exact.includes(c));
  return [...exact, ...partial].slice(0, limit);
}
