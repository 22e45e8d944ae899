import records from "./data/councils.json";
import { councilMatcher } from "./match";
import type { CouncilRecord } from "./records";

export type { CouncilRecord } from "./records";
export {} from "./match";

/** Every children's services authority of the lookup: the 153 of 2023 and the four of 2011–12 since reorganised. */
export const COUNCILS: readonly CouncilRecord[] = records as CouncilRecord[];

const byLaNumber = new Map(COUNCILS.map((c) => [c.laNumber, c]));
const byOnsCode = new Map(COUNCILS.filter((c) => c.onsCode).map((c) => [c.onsCode, c]));
const matcher = councilMatcher([...COUNCILS]);

/** The council a name is of ("London Borough of Barnet", "Dudley MBC", "Bristol, City of"), or null: never a guess. */
export function matchCouncil(name: string): CouncilRecord | null {
  return matcher.match(name);
}

/** A DfE LA number ("302") or an ONS code ("E09000003", any case). */
export const COUNCIL_CODE = /^(?:\d{3}|[EeWw]\d{8})$/;

/** The council of a DfE LA number or ONS code, or null. */
export function councilByCode(code: string): CouncilRecord | null {
  if (!COUNCIL_CODE.test(code)) return null;
  return byLaNumber.get(code) ?? byOnsCode.get(code.toUpperCase()) ?? null;
}

export function councilByLaNumber(laNumber: string | null | undefined): CouncilRecord | null {
  return laNumber ? (byLaNumber.get(laNumber) ?? null) : null;
}

/** Its statistical neighbours, most similar first, as the lookup lists them. */
export function statisticalNeighbours(council: CouncilRecord): CouncilRecord[] {
  return council.neighbours.map((n) => byLaNumber.get(n)).filter((c): c is CouncilRecord => c !== undefined);
}

/** The councils of 2011–12 since reorganised whose areas a 2023 authority covers (Poole and Bournemouth for BCP). */
export function predecessorsOf(onsCode: string): CouncilRecord[] {
  return COUNCILS.filter((c) => c.successors.includes(onsCode));
}

/** The codes a council is known by, as exports give them; nulls when it is not matched. */
export interface CouncilCodes {
  laNumber: string | null;
  onsCode: string | null;
  region: string | null;
}

const NO_CODES: CouncilCodes = { laNumber: null, onsCode: null, region: null };

/** The stored codes of a council for the lookup's record (or none). */
export function councilCodes(council: CouncilRecord | null): CouncilCodes {
  return council ? { laNumber: council.laNumber, onsCode: council.onsCode || null, region: council.region || null } : NO_CODES;
}
