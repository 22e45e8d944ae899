import { describe, expect, it } from "vitest";
import { COUNCILS } from "../councils";
import { slugify } from "../report/slug";
import { authorityNames } from "../testing/synthetic-corpus";
import { type AuthorityCandidate, foldName, matchAuthorities, suggestAuthorities } from "./authority-match";

/** Every council of the lookup, as stored once imported: its name, slug and codes. */
const REAL: AuthorityCandidate[] = COUNCILS.map((c) => ({
  slug: slugify(c.name),
  name: c.name,
  laNumber: c.laNumber,
  onsCode: c.onsCode || null,
}));

/** 150 synthetic councils as the e2e and benchmark databases hold them (no codes), and the real ones. */
const SYNTHETIC: AuthorityCandidate[] = authorityNames(150).map((name) => ({ slug: slugify(name), name, laNumber: null, onsCode: null }));
const MIXED = [...REAL, ...SYNTHETIC];

/** The names an input finds: one name, a list for several, null for none. */
function found(input: string, candidates: readonly AuthorityCandidate[] = REAL): string | string[] | null {
  const match = matchAuthorities(input, candidates);
  return match.kind === "none" ? null : match.kind === "one" ? match.authority.name : match.authorities.map((a) => a.name);
}

describe("matchAuthorities on the lookup's councils", () => {
  it("takes a whole name, slug or common form in any case, even when it is part of other names", () => {
    for (const input of ["Barnet", "barnet", "  BARNET ", "London Borough of Barnet", "Barnet Council"])
      expect(found(input), input).toBe("Barnet");
    expect(found("Somerset")).toBe("Somerset");
    expect(found("york")).toBe("York");
    expect(found("bath-and-north-east-somerset")).toBe("Bath and North East Somerset");
    expect(found("Bath & North East Somerset")).toBe("Bath and North East Somerset");
    expect(found("Dudley MBC")).toBe("Dudley");
    expect(found("St Helens")).toBe("St. Helens");
    expect(found("Saint Helens")).toBe("St. Helens");
    expect(found("City of Bristol")).toBe("Bristol, City of");
  });

  it("takes an LA number or an ONS code, in any case", () => {
    expect(found("302")).toBe("Barnet");
    expect(found("E09000003")).toBe("Barnet");
    expect(found("e09000003")).toBe("Barnet");
    expect(found("332")).toBe("Dudley");
    expect(found("999")).toBeNull();
    expect(found("E09999999")).toBeNull();
  });

  it("takes part of a name that only one council has", () => {
    expect(found("Bristol")).toBe("Bristol, City of");
    expect(found("hull")).toBe("Kingston Upon Hull, City of");
    expect(found("Barn")).toEqual(["Barnet", "Barnsley", "Barking and Dagenham"].filter((n) => n.startsWith("Barn")));
    expect(found("wrekin")).toBe("Telford and Wrekin");
    expect(found("brighton hove")).toBe("Brighton and Hove");
    expect(found("southend")).toBe("Southend-on-Sea");
  });

  it("offers every council part of whose name it is, those beginning with it first", () => {
    expect(found("Kingston")).toEqual(["Kingston Upon Hull, City of", "Kingston upon Thames"]);
    expect(found("north som")).toEqual(["North Somerset", "Bath and North East Somerset"]);
    const norths = found("north");
    expect(Array.isArray(norths) && norths.slice(0, 3)).toEqual([
      "North East Lincolnshire",
      "North Lincolnshire",
      "North Northamptonshire",
    ]);
    expect(norths).toContain("Bath and North East Somerset");
    // Inside a word only when no word begins with it.
    expect(found("hampton")).toEqual([
      "North Northamptonshire",
      "Northamptonshire",
      "Southampton",
      "West Northamptonshire",
      "Wolverhampton",
    ]);
  });

  it("finds nothing for what is no part of any name, and never guesses at a misspelling", () => {
    for (const input of ["", "   ", "Narnia", "Barnett", "x".repeat(500), "'; DROP TABLE Authority; --", "Bristl"])
      expect(found(input), input).toBeNull();
  });
});

describe("matchAuthorities on synthetic councils", () => {
  const wellmouths = SYNTHETIC.filter((c) => /wellmouth/i.test(c.name)).map((c) => c.name);

  it("finds a synthetic council by the part of its name people use", () => {
    expect(wellmouths.length).toBeGreaterThan(0);
    const one = SYNTHETIC[0].name; // "Synthetic <qualifier> <stem+suffix>"
    const last = one.split(" ").at(-1)!;
    const matching = SYNTHETIC.filter((c) => c.name.split(" ").some((w) => w.toLowerCase().startsWith(last.toLowerCase())));
    const result = found(last, MIXED);
    if (matching.length === 1) expect(result).toBe(one);
    else expect(result).toEqual(expect.arrayContaining([one]));
    expect(found(one.toUpperCase(), MIXED)).toBe(one);
    expect(found(slugify(one), MIXED)).toBe(one);
  });

  it("offers every synthetic council called Wellmouth, and takes one named in full", () => {
    const result = found("Wellmouth", MIXED);
    if (wellmouths.length === 1) expect(result).toBe(wellmouths[0]);
    else expect([...(result as string[])].sort()).toEqual([...wellmouths].sort());
    for (const name of wellmouths) expect(found(name, MIXED)).toBe(name);
  });

  it("does not mistake a synthetic council for a real one, or the other way round", () => {
    expect(found("Barnet", MIXED)).toBe("Barnet");
    expect(found("302", MIXED)).toBe("Barnet");
    expect(matchAuthorities("synthetic", MIXED)).toMatchObject({ kind: "several" });
    expect((matchAuthorities("synthetic", MIXED) as { authorities: unknown[] }).authorities).toHaveLength(150);
  });
});

describe("matchAuthorities in the header search (whole words only)", () => {
  it("does not find a council inside a word", () => {
    expect(matchAuthorities("hampton", REAL, { withinWords: false })).toEqual({ kind: "none" });
    expect(matchAuthorities("Southampton", REAL, { withinWords: false })).toMatchObject({ kind: "one", exact: true });
  });
});

describe("suggestAuthorities", () => {
  it("suggests the council named first, then those part of whose names it is, at most ten", () => {
    expect(suggestAuthorities("Somerset", REAL).map((a) => a.name)).toEqual(["Somerset", "Bath and North East Somerset", "North Somerset"]);
    expect(suggestAuthorities("302", REAL).map((a) => a.name)).toEqual(["Barnet"]);
    expect(suggestAuthorities("synthetic", MIXED)).toHaveLength(10);
    expect(suggestAuthorities(" ", REAL)).toEqual([]);
  });
});

describe("foldName", () => {
  it("folds case, '&', accents and punctuation", () => {
    expect(foldName("St. Helens")).toBe("st helens");
    expect(foldName("Bath & North-East Somerset")).toBe("bath and north east somerset");
    expect(foldName("Bristol, City of")).toBe("bristol city of");
    expect(foldName("Ynys Môn")).toBe("ynys mon");
  });
});
