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
export const AUTHORITY_INPUT_HINT = "Type the authority's name, for example Barnet";

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
