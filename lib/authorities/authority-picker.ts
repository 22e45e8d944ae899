/**
 * Authority pickers that do not grow with the number of authorities. Up to
 * AUTHORITY_SELECT_LIMIT authorities, forms offer a <select> of them; above
 * that, a text input (same name, same label) where the user types a name or
 * slug, resolved on the server (lib/queries/authorities.ts findAuthority).
 * Both work without JavaScript. Pure helpers: no database, no React.
 */
import { slugify } from "../report/slug";

/** The most authorities a form lists in a <select>; with more, it asks for a name instead. */
export const AUTHORITY_SELECT_LIMIT = 100;

/** The hint under an authority text input. */
export const AUTHORITY_INPUT_HINT = "Part of the council's name, its LA number or its ONS code, for example Barnet, 302 or E09000003";

/** Longest input looked up: no authority name is longer (slugs stop at 80 characters). */
export const AUTHORITY_INPUT_MAX_LENGTH = 120;

export interface AuthorityOption {
  slug: string;
  name: string;
}

/** How a form asks for an authority: a list to choose from, or a name to type. */
export type AuthorityPicker = { kind: "select"; authorities: AuthorityOption[] } | { kind: "text" };

/**
 * The picker for a list of authorities read with `take: AUTHORITY_SELECT_LIMIT + 1`:
 * a <select> when they all fit, a text input when there are more.
 */
export function authorityPicker(authorities: AuthorityOption[]): AuthorityPicker {
  return authorities.length <= AUTHORITY_SELECT_LIMIT ? { kind: "select", authorities } : { kind: "text" };
}

/** Trims and collapses runs of white space: what a person meant to type. */
export function normaliseAuthorityInput(input: string): string {
  return input.trim().replace(/\s+/g, " ");
}

export interface AuthorityLookup {
  /** The input, lower-cased, when it could be a slug ("barnet", "Bath-and-North-East-Somerset"). */
  slug: string | null;
  /** The slug an authority of this exact name has: slugs are made from names (lib/report/slug.ts). */
  nameSlug: string;
  /** The input as a name, white space normalised. */
  name: string;
}

const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What typed input is looked up by: first as a slug (case-insensitively), then
 * as a name. An authority's slug is the slug of its name, so the authority an
 * exact name can match is found through the slug's unique index; `nameMatches`
 * then checks the name itself. Null for empty or overlong input.
 */
export function authorityLookup(input: string): AuthorityLookup | null {
  const name = normaliseAuthorityInput(input);
  if (name === "" || name.length > AUTHORITY_INPUT_MAX_LENGTH) return null;
  const lower = name.toLowerCase();
  return { slug: SLUG_SHAPE.test(lower) && lower.length <= 80 ? lower : null, nameSlug: slugify(name), name };
}

/** Whether typed input names a stored authority: the same words, ignoring case and extra spaces. */
export function nameMatches(typed: string, stored: string): boolean {
  return normaliseAuthorityInput(typed).toLocaleLowerCase("en-GB") === normaliseAuthorityInput(stored).toLocaleLowerCase("en-GB");
}

/** "There is no authority called ‘Narnia’", the start of each page's message for a name that matches nothing. */
export function unknownAuthorityMessage(input: string): string {
  const shown = normaliseAuthorityInput(input);
  return `There is no authority called '${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}'`;
}

/** The whole message for a typed authority that matches nothing: "There is no authority called 'Narnia'. Check the spelling." */
export function typedAuthorityNotFound(input: string): string {
  return `${unknownAuthorityMessage(input)}. Check the spelling.`;
}

/** Typed input that is part of several authorities' names: the first few of them, and how many there are. */
export interface AmbiguousAuthority {
  typed: string;
  choices: AuthorityOption[];
  total: number;
}

/** "3 councils match 'Wellmouth'. Choose one.": each page's message for typed input that matches several. */
export function ambiguousAuthorityMessage({ typed, total }: Pick<AmbiguousAuthority, "typed" | "total">): string {
  const shown = normaliseAuthorityInput(typed);
  return `${total.toLocaleString("en-GB")} councils match '${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}'. Choose one.`;
}

/** A link that chooses one of the councils offered: the page's URL with the field set to its slug. */
export interface AuthorityChoice {
  name: string;
  href: string;
}

/**
 * The links to choose among the councils a typed value matches: the page at
 * `path` with the same parameters (the page number left out: a new filter
 * starts at the first page) and the field `param` set to each council's slug.
 */
export function authorityChoiceLinks(
  path: string,
  params: Record<string, string | undefined>,
  param: string,
  ambiguous: AmbiguousAuthority | null,
): AuthorityChoice[] {
  if (!ambiguous) return [];
  return ambiguous.choices.map((c) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...params, [param]: c.slug }))
      if (key !== "page" && value !== undefined && value !== "") query.set(key, value);
    return { name: c.name, href: `${path}?${query}` };
  });
}

/** What is wrong with a typed authority field: it matches no council (in the page's words), or several; null when neither. */
export function authorityFieldProblem(
  field: { unknown: string | null; ambiguous: AmbiguousAuthority | null },
  notFound: (typed: string) => string = typedAuthorityNotFound,
): string | null {
  if (field.unknown !== null) return notFound(field.unknown);
  return field.ambiguous ? ambiguousAuthorityMessage(field.ambiguous) : null;
}
