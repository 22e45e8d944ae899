/**
 * The codes by which analysts join this data to everything else they hold:
 * every export and API answer naming an authority carries them. Null when the
 * authority's name matched no council of the lookup (lib/councils).
 */
export interface AuthorityCodes {
  /** DfE local authority number, "302". */
  laNumber: string | null;
  /** ONS code, "E09000003". */
  onsCode: string | null;
  /** ONS region, "London". */
  onsRegion: string | null;
}

/** CSV columns of the codes, after the authority's name. */
export const CODE_CSV_COLUMNS = ["la_number", "ons_code", "ons_region"] as const;

export function codeCells(codes: AuthorityCodes): (string | null)[] {
  return [codes.laNumber, codes.onsCode, codes.onsRegion];
}

/** Just the codes of a row that has them among other columns. */
export function codesOf(row: AuthorityCodes): AuthorityCodes {
  return { laNumber: row.laNumber, onsCode: row.onsCode, onsRegion: row.onsRegion };
}

/** A report's JSON with its authority's codes beside its name (docs/report-json.md). */
export function withCodes<T extends { authority: string }>(
  report: T,
  codes: AuthorityCodes,
): Omit<T, "authority"> & { authority: string } & AuthorityCodes {
  const { authority, ...rest } = report;
  return { authority, ...codesOf(codes), ...rest };
}
