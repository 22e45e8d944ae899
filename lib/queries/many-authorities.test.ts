import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AUTHORITY_SELECT_LIMIT } from "../authority-input";
import { db } from "../db";
import { createDatabaseWithAuthorities, extraAuthorities, removeDatabaseFiles } from "../testing/seeded-db";
import { authorityPickerFor, findAuthority, findAuthoritySlug } from "./authorities";
import { authorityFilterPicker } from "./recommendations";

// More authorities than the forms list: Barnet, Dudley and 120 copies of Dudley's report under other names.
const file = vi.hoisted(() => {
  const path = `${process.env.TMPDIR ?? "/tmp"}/many-authorities-test-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_URL = path;
  return path;
});

const EXTRA = [
  ...extraAuthorities(118),
  { name: "Bath and North East Somerset", region: "South West", reportDate: "2011-03-01" },
  { name: "King's Lynn and West Norfolk", region: "East of England", reportDate: "2011-03-01" },
];
const ALL = [
  { name: "Barnet", region: "London", reportDate: "2012-02-24" },
  { name: "Dudley", region: "West Midlands", reportDate: "2012-01-25" },
  ...EXTRA,
];

beforeAll(() => createDatabaseWithAuthorities(file, EXTRA), 60_000);
afterAll(async () => {
  await db.$disconnect();
  removeDatabaseFiles(file);
});

describe("authority pickers with more than AUTHORITY_SELECT_LIMIT authorities", () => {
  it("ask for a name instead of listing them", async () => {
    expect(ALL.length).toBeGreaterThan(AUTHORITY_SELECT_LIMIT);
    expect(await authorityPickerFor()).toEqual({ kind: "text" });
    expect(await authorityFilterPicker()).toEqual({ kind: "text" });
  });

  it("still list the authorities matching a narrower condition when they are few", async () => {
    expect(await authorityPickerFor({ slug: { in: ["barnet", "dudley"] } })).toEqual({
      kind: "select",
      authorities: [
        { slug: "barnet", name: "Barnet" },
        { slug: "dudley", name: "Dudley" },
      ],
    });
  });
});

describe("findAuthority among many", () => {
  it("resolves a slug first, then an exact name, ignoring case", async () => {
    expect(await findAuthoritySlug("test-borough-042")).toBe("test-borough-042");
    expect(await findAuthoritySlug("Test-Borough-042")).toBe("test-borough-042");
    expect(await findAuthoritySlug("test borough 042")).toBe("test-borough-042");
    expect(await findAuthoritySlug("  TEST   BOROUGH 042 ")).toBe("test-borough-042");
    expect(await findAuthority("bath and north east somerset")).toEqual({ slug: "bath-and-north-east-somerset", name: "Bath and North East Somerset" });
    expect(await findAuthoritySlug("King's Lynn and West Norfolk")).toBe("kings-lynn-and-west-norfolk");
    expect(await findAuthoritySlug("kings-lynn-and-west-norfolk")).toBe("kings-lynn-and-west-norfolk");
  });

  it("does not guess: near names find nothing", async () => {
    for (const input of ["Test Borough 42", "Test Borough", "Kings Lynn and West Norfolk", "Bath & North East Somerset", "test-borough-999"]) {
      expect(await findAuthoritySlug(input), input).toBeNull();
    }
  });
});
