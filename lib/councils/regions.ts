import { z } from "zod";

/**
 * The nine English regions, as ONS names them and as the 2011–12 reports' "CQC Region" gives them:
 * the values of every `region` filter (issue 26).
 */
export const REGIONS = [
  "North East",
  "North West",
  "Yorkshire and the Humber",
  "East Midlands",
  "West Midlands",
  "East of England",
  "London",
  "South East",
  "South West",
] as const;

export type Region = (typeof REGIONS)[number];

const byFoldedName = new Map<string, Region>(REGIONS.map((r) => [fold(r), r]));
// Older names for the same areas, as reports and lookups of the time wrote them.
byFoldedName.set(fold("Eastern"), "East of England");
byFoldedName.set(fold("East"), "East of England");
byFoldedName.set(fold("Yorkshire and Humber"), "Yorkshire and the Humber");

function fold(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z]+/g, " ")
    .trim();
}

/** The region a name stands for, whatever its case or "&"; null when it is not one of the nine. */
export function regionNamed(name: string | null | undefined): Region | null {
  return name ? (byFoldedName.get(fold(name)) ?? null) : null;
}

/**
 * An authority's region: the lookup's ONS region when its name matched the lookup,
 * otherwise the region its latest report names (synthetic and unmatched councils).
 */
export function authorityRegion(authority: { onsRegion: string | null; reportRegion?: string | null }): Region | null {
  return regionNamed(authority.onsRegion) ?? regionNamed(authority.reportRegion);
}

/** The `region` GET parameter: one of the nine, in any case; anything else is refused with the list. */
export const REGION_PARAM = z.string().transform((value, ctx) => {
  const region = regionNamed(value);
  if (region) return region;
  ctx.addIssue({ code: "custom", message: `is not an English region (use one of: ${REGIONS.join(", ")})` });
  return z.NEVER;
});
