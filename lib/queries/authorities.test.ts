import { describe, expect, it } from "vitest";
import { withSeededDatabase } from "../testing/seeded-db";
import { authorityPickerFor, findAuthority, latestReportDates, readAuthorityField } from "./authorities";
import { authorityFilterPicker } from "./recommendations";

withSeededDatabase();

/** The slug of the authority findAuthority finds for input, or null. */
const slugFound = async (input: string) => (await findAuthority(input))?.slug ?? null;

describe("authority pickers (two authorities)", () => {
  it("list the authorities in a select, by name", async () => {
    const both = [
      { slug: "barnet", name: "Barnet" },
      { slug: "dudley", name: "Dudley" },
    ];
    expect(await authorityPickerFor()).toEqual({ kind: "select", authorities: both });
    expect(await authorityFilterPicker()).toEqual({ kind: "select", authorities: both });
  });
});

describe("findAuthority", () => {
  it("finds an authority by slug or name, ignoring case and extra spaces", async () => {
    for (const input of ["barnet", "Barnet", "BARNET", "  barnet  "])
      expect(await findAuthority(input), input).toEqual({ slug: "barnet", name: "Barnet" });
    expect(await slugFound("dudley")).toBe("dudley");
    expect(await slugFound("DUDLEY")).toBe("dudley");
  });

  it("finds nothing for other input", async () => {
    for (const input of ["", "  ", "nowhere", "Barnet!", "Barn", "barnet-and-dudley", "x".repeat(500), "'; DROP TABLE Authority; --"]) {
      expect(await slugFound(input), input).toBeNull();
    }
  });
});

describe("readAuthorityField", () => {
  const listed = { kind: "select" as const, authorities: [{ slug: "barnet", name: "Barnet" }] };
  const typed = { kind: "text" as const };

  it("takes a listed value as the slug, to be checked with the form's other values", async () => {
    expect(await readAuthorityField(listed, "Not A Slug")).toEqual({ slug: "Not A Slug", typed: null, unknown: null, ambiguous: null });
    expect(await readAuthorityField(listed, undefined)).toEqual({ slug: undefined, typed: null, unknown: null, ambiguous: null });
  });

  it("looks a typed value up by slug, name, part of a name or code", async () => {
    const dudley = { slug: "dudley", typed: { slug: "dudley", name: "Dudley" }, unknown: null, ambiguous: null };
    for (const input of [" DUDLEY ", "dud", "332", "E08000027", "Dudley MBC"])
      expect(await readAuthorityField(typed, input), input).toEqual(dudley);
    expect(await readAuthorityField(typed, "Narnia")).toEqual({ slug: undefined, typed: null, unknown: "Narnia", ambiguous: null });
    expect(await readAuthorityField(typed, "x".repeat(200))).toMatchObject({ slug: undefined, unknown: "x".repeat(200) });
    expect(await readAuthorityField(typed, undefined)).toEqual({ slug: undefined, typed: null, unknown: null, ambiguous: null });
  });

  it("takes part of a word when no word begins with it, but not a letter or two", async () => {
    expect(await readAuthorityField(typed, "ley")).toMatchObject({ slug: "dudley", typed: { name: "Dudley" } });
    expect(await readAuthorityField(typed, "e")).toMatchObject({ slug: undefined, unknown: "e" });
  });
});

describe("latestReportDates", () => {
  it("gives the latest report date of the authorities asked for only", async () => {
    expect(await latestReportDates(["barnet", "barnet"])).toEqual(new Map([["barnet", "2012-02-24"]]));
    expect(await latestReportDates(["dudley", "barnet", "nowhere"])).toEqual(
      new Map([
        ["dudley", "2012-01-25"],
        ["barnet", "2012-02-24"],
      ]),
    );
    expect(await latestReportDates([])).toEqual(new Map());
  });
});
