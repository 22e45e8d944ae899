import type { CouncilRecord } from "./records";

/*
 * Matching a council's name as a report or a person writes it to the lookup.
 * Only exact matches after the same normalising of both sides: words and
 * punctuation that never tell councils apart ("London Borough of", "Council",
 * "MBC", "&", "St.") are set aside, nothing is matched by likeness. A name
 * that matches no council, or more than one, is unmatched, never guessed.
 */

/** Lower case, accents, "&" and "St." written out, punctuation as spaces: "St. Helens MBC" → "saint helens mbc". */
function normalizeCouncilName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/\bst\b\.?/g, "saint")
    .replace(/[^a-z0-9,]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// Longest first, so that "metropolitan borough council" goes before "borough council".
const PREFIXES = [
  "the",
  "council of the",
  "london borough of",
  "royal borough of",
  "metropolitan borough of",
  "borough of",
  "city and county of",
  "city of",
  "county of",
  "county",
].sort((a, b) => b.length - a.length);

const SUFFIXES = [
  "council",
  "metropolitan borough council",
  "metropolitan district council",
  "metropolitan council",
  "mbc",
  "borough council",
  "city council",
  "county council",
  "district council",
  "county borough council",
  "london borough council",
  "unitary authority",
  "metropolitan district",
  "metropolitan borough",
  "london borough",
  "borough",
  "county",
  "ua",
  "corporation",
].sort((a, b) => b.length - a.length);

/** Words that name no council by themselves: "County Council" alone is nothing. */
const NOT_A_CORE = new Set(["", "council", "borough", "city", "county"]);

/**
 * The distinctive words of a normalised name: "Bristol, City of" → "bristol",
 * "London Borough of Barnet" → "barnet", "Dudley Metropolitan Borough Council" → "dudley".
 */
function councilNameCore(normalized: string): string {
  // "Bristol, City of" and "Herefordshire, County of" are the ONS's order of "City of Bristol".
  let core = normalized
    .replace(/^(.*?)\s*,\s*((?:city|county) of)$/, "$2 $1")
    .replace(/,/g, " ")
    .replace(/\s+/g, " ")
    // The City of London's name is all words that other names set aside: held as one word.
    .replace(/\bcity of london\b/, "cityoflondon")
    .trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const prefix of PREFIXES) {
      const rest = core.startsWith(`${prefix} `) ? core.slice(prefix.length + 1) : null;
      if (rest !== null && !NOT_A_CORE.has(rest)) {
        core = rest;
        changed = true;
      }
    }
    for (const suffix of SUFFIXES) {
      const rest = core.endsWith(` ${suffix}`) ? core.slice(0, -suffix.length - 1) : null;
      if (rest !== null && !NOT_A_CORE.has(rest)) {
        core = rest;
        changed = true;
      }
    }
  }
  return core;
}

/**
 * Names by which councils are commonly known that neither the lookup nor the
 * rules above give: each one names a single children's services authority.
 */
const COMMON_NAMES: Record<string, string> = {
  Newcastle: "391",
  "Bath and NE Somerset": "800",
  BANES: "800",
  Southend: "882",
  Stoke: "861",
  Hull: "810",
  Durham: "840",
  Telford: "894",
};

export interface CouncilMatcher {
  /** The council a name is of, or null when none (or more than one) matches. */
  match(name: string): CouncilRecord | null;
}

/** A matcher over these councils: each known by its own name, the lookup's other names and COMMON_NAMES. */
export function councilMatcher(records: CouncilRecord[]): CouncilMatcher {
  const index = new Map<string, Set<CouncilRecord>>();
  const add = (name: string, record: CouncilRecord) => {
    for (const key of [normalizeCouncilName(name).replace(/,/g, ""), councilNameCore(normalizeCouncilName(name))]) {
      index.set(key, (index.get(key) ?? new Set()).add(record));
    }
  };
  const byNumber = new Map(records.map((r) => [r.laNumber, r]));
  for (const record of records) for (const name of [record.name, ...record.otherNames]) add(name, record);
  for (const [name, laNumber] of Object.entries(COMMON_NAMES)) {
    const record = byNumber.get(laNumber);
    if (record) add(name, record);
  }
  const only = (key: string) => {
    const found = index.get(key);
    return found?.size === 1 ? [...found][0] : null;
  };
  return {
    match(name) {
      const normalized = normalizeCouncilName(name);
      if (normalized === "") return null;
      const exact = index.get(normalized.replace(/,/g, ""));
      if (exact) return exact.size === 1 ? [...exact][0] : null;
      return only(councilNameCore(normalized));
    },
  };
}
