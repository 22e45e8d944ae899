import type { MatchedCouncil } from "../import/form-state";
import { matchCouncil } from ".";

/** The lookup's council of an authority name, as the import form shows it; null when the name matches none. */
export function matchedCouncil(authority: string): MatchedCouncil | null {
  const council = matchCouncil(authority);
  return council
    ? { name: council.name, laNumber: council.laNumber, onsCode: council.onsCode || null, region: council.region || null }
    : null;
}
