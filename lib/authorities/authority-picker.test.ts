import { describe, expect, it } from "vitest";
import {
  ambiguousAuthorityMessage,
  authorityChoiceLinks,
  authorityFieldProblem,
  AUTHORITY_SELECT_LIMIT,
  authorityLookup,
  authorityPicker,
  nameMatches,
  normaliseAuthorityInput,
  typedAuthorityNotFound,
  unknownAuthorityMessage,
} from "./authority-picker";

const authorities = (n: number) => Array.from({ length: n }, (_, i) => ({ slug: `a-${i}`, name: `A ${i}` }));

describe("authorityPicker", () => {
  it("lists up to AUTHORITY_SELECT_LIMIT authorities in a select", () => {
    expect(AUTHORITY_SELECT_LIMIT).toBe(100);
    expect(authorityPicker(authorities(2))).toEqual({ kind: "select", authorities: authorities(2) });
    expect(authorityPicker(authorities(0))).toEqual({ kind: "select", authorities: [] });
    expect(authorityPicker(authorities(AUTHORITY_SELECT_LIMIT)).kind).toBe("select");
  });

  it("asks for a name when there are more", () => {
    expect(authorityPicker(authorities(AUTHORITY_SELECT_LIMIT + 1))).toEqual({ kind: "text" });
  });
});

describe("authorityLookup", () => {
  it("looks a slug up as typed, in lower case", () => {
    expect(authorityLookup("barnet")).toEqual({ slug: "barnet", nameSlug: "barnet", name: "barnet" });
    expect(authorityLookup("  Bath-and-North-East-Somerset ")).toMatchObject({
      slug: "bath-and-north-east-somerset",
      name: "Bath-and-North-East-Somerset",
    });
  });

  it("looks a name up through the slug an authority of that name has", () => {
    expect(authorityLookup("Bath and  North East Somerset")).toEqual({
      slug: null,
      nameSlug: "bath-and-north-east-somerset",
      name: "Bath and North East Somerset",
    });
    expect(authorityLookup("King's Lynn and West Norfolk")).toMatchObject({ slug: null, nameSlug: "kings-lynn-and-west-norfolk" });
    expect(authorityLookup("Brighton & Hove")).toMatchObject({ slug: null, nameSlug: "brighton-and-hove" });
  });

  it("has nothing to look up for empty or overlong input", () => {
    expect(authorityLookup("")).toBeNull();
    expect(authorityLookup("   ")).toBeNull();
    expect(authorityLookup("x".repeat(121))).toBeNull();
    // The longest input looked up: too long for a slug, still a name.
    expect(authorityLookup("x".repeat(120))).toEqual({ slug: null, nameSlug: "x".repeat(80), name: "x".repeat(120) });
  });

  it("does not take punctuation for a slug", () => {
    expect(authorityLookup("Barnet!")).toMatchObject({ slug: null, nameSlug: "barnet" });
    expect(authorityLookup("-barnet")).toMatchObject({ slug: null });
  });
});

describe("nameMatches", () => {
  it("ignores case and extra spaces, nothing else", () => {
    expect(nameMatches(" bath and north  east somerset", "Bath and North East Somerset")).toBe(true);
    expect(nameMatches("BARNET", "Barnet")).toBe(true);
    expect(nameMatches("Barnet!", "Barnet")).toBe(false);
    expect(nameMatches("Brighton & Hove", "Brighton and Hove")).toBe(false);
    expect(nameMatches("Kings Lynn and West Norfolk", "King's Lynn and West Norfolk")).toBe(false);
  });
});

describe("normaliseAuthorityInput and unknownAuthorityMessage", () => {
  it("trims and collapses white space", () => {
    expect(normaliseAuthorityInput("  North \t Tyneside\n")).toBe("North Tyneside");
  });

  it("quotes what was typed, shortened when long", () => {
    expect(unknownAuthorityMessage(" Narnia ")).toBe("There is no authority called 'Narnia'");
    expect(unknownAuthorityMessage("y".repeat(100))).toBe(`There is no authority called '${"y".repeat(60)}…'`);
    expect(typedAuthorityNotFound(" Narnia ")).toBe("There is no authority called 'Narnia'. Check the spelling.");
  });
});

describe("several councils typed", () => {
  const ambiguous = { typed: " wellmouth ", choices: [{ slug: "synthetic-wellmouth", name: "Synthetic Wellmouth" }], total: 3 };

  it("says how many match and asks for one", () => {
    expect(ambiguousAuthorityMessage(ambiguous)).toBe("3 councils match 'wellmouth'. Choose one.");
    expect(authorityFieldProblem({ unknown: null, ambiguous })).toBe("3 councils match 'wellmouth'. Choose one.");
    expect(authorityFieldProblem({ unknown: "Narnia", ambiguous: null })).toBe(
      "There is no authority called 'Narnia'. Check the spelling.",
    );
    expect(authorityFieldProblem({ unknown: "Narnia", ambiguous: null }, (t) => `No ${t}`)).toBe("No Narnia");
    expect(authorityFieldProblem({ unknown: null, ambiguous: null })).toBeNull();
  });

  it("links each choice to the same page with the field set to its slug, from the first page", () => {
    expect(
      authorityChoiceLinks("/search", { q: "CAMHS", authority: "wellmouth", page: "3", outcome: undefined }, "authority", ambiguous),
    ).toEqual([{ name: "Synthetic Wellmouth", href: "/search?q=CAMHS&authority=synthetic-wellmouth" }]);
    expect(authorityChoiceLinks("/compare", { a: "wellmouth", b: "barnet" }, "a", ambiguous)).toEqual([
      { name: "Synthetic Wellmouth", href: "/compare?a=synthetic-wellmouth&b=barnet" },
    ]);
    expect(authorityChoiceLinks("/search", {}, "authority", null)).toEqual([]);
  });
});
