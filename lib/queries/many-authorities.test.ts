import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AUTHORITY_SELECT_LIMIT } from "../authorities/authority-picker";
import { db } from "../db";
import { createDatabaseWithAuthorities, extraAuthorities, removeDatabaseFiles } from "../testing/seeded-db";
import { authorityPickerFor, findAuthority, MAX_AUTHORITY_CHOICES, readAuthorityField } from "./authorities";
import {
  type AuthorityOverview,
  listAuthorityOverviewPage,
  listAuthorityOverviews,
  type OverviewSort,
  type SortDirection,
} from "./authority-overviews";
import { authorityFilterPicker } from "./recommendations";
import { listHomePage } from "./home-listing";
import { getAuthorityReports } from "./reports";

// More authorities than the forms list: Barnet, Dudley and 120 copies of Dudley's report under other names.
const file = vi.hoisted(() => {
  const path = `${process.env.TMPDIR ?? "/tmp"}/many-authorities-test-${process.pid}-${Date.now()}.db`;
  process.env.DATABASE_URL = path;
  return path;
});

/** The slug of the authority findAuthority finds for input, or null. */
const slugFound = async (input: string) => (await findAuthority(input))?.slug ?? null;

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

/** The order the SQL gives, written out: the column (no region first), then name, both ignoring case. */
function expectedOrder(sort: OverviewSort, dir: SortDirection): string[] {
  const key = (a: (typeof ALL)[number]) => (sort === "name" ? a.name : sort === "region" ? a.region : a.reportDate)?.toLowerCase() ?? null;
  const cmp = (x: string | null, y: string | null) => (x === y ? 0 : x === null ? -1 : y === null ? 1 : x < y ? -1 : 1);
  return [...ALL]
    .sort((a, b) => (dir === "asc" ? 1 : -1) * cmp(key(a), key(b)) || cmp(a.name.toLowerCase(), b.name.toLowerCase()))
    .map((a) => a.name);
}

async function allPages(sort: OverviewSort, dir: SortDirection): Promise<AuthorityOverview[]> {
  const rows: AuthorityOverview[] = [];
  for (let page = 1; ; page++) {
    const result = await listAuthorityOverviewPage(sort, dir, page);
    if (result.rows.length === 0) return rows;
    expect(result.rows.length).toBeLessThanOrEqual(50);
    rows.push(...result.rows);
  }
}

describe("listAuthorityOverviewPage with 122 authorities", () => {
  it("pages them 50 at a time", async () => {
    const first = await listAuthorityOverviewPage();
    expect(first).toMatchObject({ total: 122, page: 1, pageCount: 3, pageSize: 50 });
    expect(first.rows).toHaveLength(50);
    expect((await listAuthorityOverviewPage("name", "asc", 3)).rows).toHaveLength(22);
    expect(await listAuthorityOverviewPage("name", "asc", 4)).toMatchObject({ rows: [], total: 122, pageCount: 3 });
  });

  it("sorts across all the authorities before paging, ties by name, none repeated or left out", async () => {
    for (const [sort, dir] of [
      ["name", "asc"],
      ["name", "desc"],
      ["region", "asc"],
      ["region", "desc"],
      ["date", "desc"],
      ["date", "asc"],
    ] as const) {
      const names = (await allPages(sort, dir)).map((r) => r.name);
      expect(names, `${sort} ${dir}`).toEqual(expectedOrder(sort, dir));
    }
  });

  it("shows each authority's latest report, counting that report's recommendations only", async () => {
    const rows = await allPages("name", "asc");
    const first = rows.find((r) => r.name === "Test Borough 001")!;
    // Its 2010 report has one recommendation; the latest, a copy of Dudley's, has 12, 9 of them due within 3 months.
    expect(first).toMatchObject({ slug: "test-borough-001", reportDate: EXTRA[0].reportDate, recommendations: 12, dueWithin3Months: 9 });
    expect(rows.find((r) => r.name === "Barnet")).toMatchObject({ recommendations: 5, dueWithin3Months: 2 });
    expect(rows.every((r) => r.ratings.length === 6)).toBe(true);
  });

  it("agrees with the full list the API gives", async () => {
    expect(await allPages("date", "desc")).toEqual(await listAuthorityOverviews("date", "desc"));
  });
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
    expect(await slugFound("test-borough-042")).toBe("test-borough-042");
    expect(await slugFound("Test-Borough-042")).toBe("test-borough-042");
    expect(await slugFound("test borough 042")).toBe("test-borough-042");
    expect(await slugFound("  TEST   BOROUGH 042 ")).toBe("test-borough-042");
    expect(await findAuthority("bath and north east somerset")).toEqual({
      slug: "bath-and-north-east-somerset",
      name: "Bath and North East Somerset",
    });
    expect(await slugFound("King's Lynn and West Norfolk")).toBe("kings-lynn-and-west-norfolk");
    expect(await slugFound("kings-lynn-and-west-norfolk")).toBe("kings-lynn-and-west-norfolk");
  });

  it("does not guess: near names find nothing", async () => {
    for (const input of [
      "Test Borough 42",
      "Test Borough",
      "Kings Lynn and West Norfolk",
      "Bath & North East Somerset",
      "test-borough-999",
    ]) {
      expect(await slugFound(input), input).toBeNull();
    }
  });
});

describe("readAuthorityField among many", () => {
  const typed = { kind: "text" as const };

  it("offers the first councils a part of their names matches, and says how many", async () => {
    const field = await readAuthorityField(typed, "test borough 04");
    expect(field).toMatchObject({ slug: undefined, unknown: null, ambiguous: { typed: "test borough 04", total: 10 } });
    expect(field.ambiguous?.choices.map((c) => c.slug)).toEqual(Array.from({ length: 10 }, (_, i) => `test-borough-04${i}`));
    const many = await readAuthorityField(typed, "borough");
    expect(many.ambiguous?.total).toBe(118);
    expect(many.ambiguous?.choices).toHaveLength(MAX_AUTHORITY_CHOICES);
  });

  it("takes the one council a part of a name, or a name in another form, matches", async () => {
    expect(await readAuthorityField(typed, "Test Borough 042")).toMatchObject({ slug: "test-borough-042" });
    expect(await readAuthorityField(typed, "lynn")).toMatchObject({ slug: "kings-lynn-and-west-norfolk" });
    expect(await readAuthorityField(typed, "Bath & North East Somerset")).toMatchObject({ slug: "bath-and-north-east-somerset" });
  });
});

describe("listHomePage among many", () => {
  const request = { sort: "name" as const, dir: "asc" as const, page: 1, filters: { judgement: "safeguarding" as const } };

  it("pages in name order with the names of every page, as SQL orders them", async () => {
    const first = await listHomePage(request, 50);
    expect(first).toMatchObject({ total: ALL.length, all: ALL.length, pageCount: 3 });
    expect(first.namesInOrder).toHaveLength(ALL.length);
    expect(first.namesInOrder.slice(0, 50)).toEqual(first.rows.map((r) => r.name));
    const last = await listHomePage({ ...request, page: 3 }, 50);
    expect(first.namesInOrder.slice(100)).toEqual(last.rows.map((r) => r.name));
  });

  it("filters by region and grade, and sorts by a judgement, before paging", async () => {
    const london = await listHomePage({ ...request, filters: { ...request.filters, region: "London" } }, 10);
    // Barnet and the test boroughs whose report says London.
    expect(london.total).toBe(ALL.filter((a) => a.region === "London").length);
    expect(london.all).toBe(ALL.length);
    expect(london.rows.every((r) => r.region === "London")).toBe(true);
    const adequate = await listHomePage({ ...request, filters: { judgement: "safeguarding", grade: "Adequate" } }, 500);
    // Every copy of Dudley's report is Adequate on overall safeguarding; Barnet is Good.
    expect(adequate.total).toBe(ALL.length - 1);
    expect(adequate.rows.map((r) => r.name)).not.toContain("Barnet");
    const byGrade = await listHomePage({ ...request, sort: "safeguarding", dir: "asc" }, 500);
    expect(byGrade.rows[0].name).toBe("Barnet");
    expect(byGrade.namesInOrder).toEqual([]);
  });
});

describe("an authority with an earlier report", () => {
  it("lists its report dates newest first, and reads either report", async () => {
    const latest = await getAuthorityReports("test-borough-001");
    expect(latest?.reportDates).toEqual([EXTRA[0].reportDate, "2010-06-01"]);
    expect(latest?.current.report.recommendations.length).toBeGreaterThan(1);
    const earlier = await getAuthorityReports("test-borough-001", "2010-06-01");
    expect(earlier?.current.report.reportDate).toBe("2010-06-01");
    expect(earlier?.current.report.recommendations).toHaveLength(1);
    expect(earlier?.reportDates).toEqual(latest?.reportDates);
  });
});
