/** One children's services authority of the lookup (lib/councils/data/councils.json, built by scripts/build-councils.ts). */
export interface CouncilRecord {
  /** DfE local authority number, e.g. "302" for Barnet. */
  laNumber: string;
  /** ONS code, e.g. "E09000003"; for a council since abolished, its last one. */
  onsCode: string;
  /** The lookup's (ONS) name, e.g. "Bristol, City of". */
  name: string;
  /** Other names the lookup gives, e.g. "Bristol", "BCP". */
  otherNames: string[];
  /** ONS region, e.g. "London". */
  region: string;
  /** "London Borough", "Metropolitan District", "Unitary Authority", "County"; null when the lookup has none. */
  type: string | null;
  population0to25: number | null;
  /** LA numbers of its ten statistical neighbours, most similar first, as the lookup orders them. */
  neighbours: string[];
  /** "previous" when the lookup has no current list and the earlier one is given (Cumbria); null when it has neither. */
  neighboursFrom: "current" | "previous" | null;
  /** Whether it is one of the 153 authorities of 2023 (and has a shape on the map). */
  current: boolean;
  /** For a council since reorganised: the ONS codes of the 2023 authorities that cover its area. */
  successors: string[];
}

/**
 * Councils of 2011–12 that have since been reorganised. The lookup lists
 * Cumbria, Northamptonshire and Poole (without successors); Bournemouth it
 * does not list at all, so its record is written here: DfE number 837, ONS
 * code E06000028 until it became part of Bournemouth, Christchurch and Poole
 * on 1 April 2019.
 */
export const FORMER_AUTHORITIES: CouncilRecord[] = [
  former("909", "Cumbria", ["E06000063", "E06000064"]),
  former("928", "Northamptonshire", ["E06000061", "E06000062"]),
  former("836", "Poole", ["E06000058"]),
  {
    ...former("837", "Bournemouth", ["E06000058"]),
    onsCode: "E06000028",
    region: "South West",
    type: "Unitary Authority",
  },
];

function former(laNumber: string, name: string, successors: string[]): CouncilRecord {
  return {
    laNumber,
    onsCode: "",
    name,
    otherNames: [],
    region: "",
    type: null,
    population0to25: null,
    neighbours: [],
    neighboursFrom: null,
    current: false,
    successors,
  };
}
