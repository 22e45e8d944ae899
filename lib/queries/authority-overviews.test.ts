import { describe, expect, it } from "vitest";
import { withSeededDatabase } from "../testing/seeded-db";
import { listAuthorityOverviewPage, listAuthorityOverviews, OVERVIEW_PAGE_SIZE } from "./authority-overviews";

withSeededDatabase();

const GOOD = Array(6).fill("Good");

describe("listAuthorityOverviewPage (the two seed reports)", () => {
  it("gives the first page of 50 with ratings and counts", async () => {
    const page = await listAuthorityOverviewPage();
    expect(OVERVIEW_PAGE_SIZE).toBe(50);
    expect(page).toMatchObject({ total: 2, page: 1, pageCount: 1, pageSize: 50 });
    expect(page.rows.map((r) => [r.slug, r.name, r.region, r.reportDate, r.recommendations, r.dueWithin3Months])).toEqual([
      ["barnet", "Barnet", "London", "2012-02-24", 5, 2],
      ["dudley", "Dudley", "West Midlands", "2012-01-25", 12, 9],
    ]);
    expect(page.rows[0].ratings.map((r) => r.grade)).toEqual(GOOD);
    expect(page.rows[1].ratings.map((r) => r.grade)).toEqual(["Adequate", "Good", "Adequate", "Good", "Good", "Adequate"]);
  });

  it("sorts before paging, in either direction", async () => {
    const slugs = async (...args: Parameters<typeof listAuthorityOverviewPage>) =>
      (await listAuthorityOverviewPage(...args)).rows.map((r) => r.slug);
    expect(await slugs("name", "desc")).toEqual(["dudley", "barnet"]);
    expect(await slugs("region", "desc")).toEqual(["dudley", "barnet"]);
    expect(await slugs("date", "asc")).toEqual(["dudley", "barnet"]);
    expect(await slugs("date", "desc")).toEqual(["barnet", "dudley"]);
    // One to a page: page 2 of 2 is the second in the order.
    expect(await slugs("date", "asc", 2, 1)).toEqual(["barnet"]);
    expect(await listAuthorityOverviewPage("date", "asc", 1, 1)).toMatchObject({ total: 2, pageCount: 2 });
  });

  it("has no rows past the last page, and the true total", async () => {
    expect(await listAuthorityOverviewPage("name", "asc", 2)).toEqual({ rows: [], total: 2, page: 2, pageCount: 1, pageSize: 50 });
  });

  it("agrees with the full list the API gives", async () => {
    expect((await listAuthorityOverviewPage("region", "desc")).rows).toEqual(await listAuthorityOverviews("region", "desc"));
  });
});
