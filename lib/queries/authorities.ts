import { type AuthorityCandidate, matchAuthorities } from "../authorities/authority-match";
import {
  type AmbiguousAuthority,
  AUTHORITY_INPUT_MAX_LENGTH,
  AUTHORITY_SELECT_LIMIT,
  type AuthorityOption,
  type AuthorityPicker,
  authorityLookup,
  authorityPicker,
  nameMatches,
  normaliseAuthorityInput,
} from "../authorities/authority-picker";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { sqlRows } from "./sql";

/**
 * How a form asks for an authority: a <select> of the authorities (those with
 * a report, or those matching `where`), by name, when there are at most
 * AUTHORITY_SELECT_LIMIT; otherwise a text input. Reads at most one more row
 * than the limit, however many authorities there are.
 */
export async function authorityPickerFor(where: Prisma.AuthorityWhereInput = { reports: { some: {} } }): Promise<AuthorityPicker> {
  const authorities = await db.authority.findMany({
    where,
    orderBy: { name: "asc" },
    select: { slug: true, name: true },
    take: AUTHORITY_SELECT_LIMIT + 1,
  });
  return authorityPicker(authorities);
}

/**
 * The authority a person typed: its slug exactly (ignoring case), else its
 * name exactly (ignoring case and extra spaces). Null when none matches.
 */
export async function findAuthority(input: string): Promise<AuthorityOption | null> {
  const lookup = authorityLookup(input);
  if (!lookup) return null;
  const select = { slug: true, name: true } as const;
  if (lookup.slug) {
    const bySlug = await db.authority.findUnique({ where: { slug: lookup.slug }, select });
    if (bySlug) return bySlug;
  }
  // An authority's slug is made from its name: an exact name can only be the authority with the name's slug.
  const byName = await db.authority.findUnique({ where: { slug: lookup.nameSlug }, select });
  return byName && nameMatches(lookup.name, byName.name) ? byName : null;
}

/** What a form's authority field names, read the same way by every page with one. */
export interface AuthorityFieldValue {
  /** The slug to filter by: from a list, the value as given (checked with the form's other values); typed, the slug of the authority found. */
  slug: string | undefined;
  /** The authority a typed value found, to show its name back in the field; null from a list. */
  typed: AuthorityOption | null;
  /** The value as typed when it matches no authority, for the page's message; null otherwise. */
  unknown: string | null;
  /** A typed value that is part of several authorities' names, and the first of them to choose from; null otherwise. */
  ambiguous: AmbiguousAuthority | null;
}

/** The most councils a field offers to choose from when what was typed matches several. */
export const MAX_AUTHORITY_CHOICES = 20;

/**
 * Every authority with a report, with its codes: what typed input is matched
 * against (lib/authorities/authority-match.ts). A few hundred short rows at most.
 */
export async function authorityCandidates(): Promise<AuthorityCandidate[]> {
  return db.authority.findMany({
    where: { reports: { some: {} } },
    orderBy: { name: "asc" },
    select: { slug: true, name: true, laNumber: true, onsCode: true },
  });
}

const option = ({ slug, name }: AuthorityOption): AuthorityOption => ({ slug, name });

/**
 * Reads an authority field: from a <select> the value is a slug; typed, it is
 * part of a name, a slug, an LA number or an ONS code (matchAuthorities): one
 * council found is taken, several are offered to choose from.
 */
export async function readAuthorityField(picker: AuthorityPicker, given: string | undefined): Promise<AuthorityFieldValue> {
  const none = { slug: undefined, typed: null, unknown: null, ambiguous: null };
  if (picker.kind !== "text" || !given) return { ...none, slug: given };
  if (normaliseAuthorityInput(given).length > AUTHORITY_INPUT_MAX_LENGTH) return { ...none, unknown: given };
  const found = matchAuthorities(given, await authorityCandidates());
  if (found.kind === "one") return { ...none, slug: found.authority.slug, typed: option(found.authority) };
  if (found.kind === "none") return { ...none, unknown: given };
  const choices = found.authorities.slice(0, MAX_AUTHORITY_CHOICES).map(option);
  return { ...none, ambiguous: { typed: given, choices, total: found.authorities.length } };
}

/** The latest report date of each of these authorities (and only these), by slug. */
export async function latestReportDates(slugs: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return new Map();
  // Raw: the client's nested `take: 1` per authority costs 4–5× the CPU (decision 0007).
  const rows = await sqlRows<{ slug: string; latest: string }>(
    db,
    Prisma.sql`SELECT a.slug AS slug, max(r.reportDate) AS latest
      FROM Authority a JOIN Report r ON r.authorityId = a.id
      WHERE a.slug IN (${Prisma.join(unique)})
      GROUP BY a.id`,
  );
  return new Map(rows.map((r) => [r.slug, r.latest]));
}
