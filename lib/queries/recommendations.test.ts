import { describe, expect, it } from "vitest";
import type { RecommendationFilters } from "../requests/params";
import { withSeededDatabase } from "../testing/seeded-db";
import * as q from "./recommendations";

withSeededDatabase();

const filters = (f: Partial<RecommendationFilters> = {}): RecommendationFilters => ({ page: 1, ...f });

describe("listRecommendations", () => {
  it("lists all 17 recommendations of the two seed reports, soonest due first", async () => {
    const all = await q.listRecommendations(filters());
    expect(all.total).toBe(17);
    expect(all.pageCount).toBe(1);
    expect(all.rows.map((r) => r.dueDate)).toEqual([...all.rows.map((r) => r.dueDate)].sort());
    expect(all.rows[0]).toMatchObject({ authority: { slug: "dudley", name: "Dudley" }, reportDate: "2012-01-25", dueDate: "2012-04-25" });
  });

  it("filters by deadline, authority, source and due dates", async () => {
    const six = await q.listRecommendations(filters({ deadline: "6" }));
    expect(six.rows.map((r) => [r.authority.slug, r.dueDate])).toEqual([
      ["dudley", "2012-07-25"],
      ["dudley", "2012-07-25"],
      ["dudley", "2012-07-25"],
      ["barnet", "2012-08-24"],
      ["barnet", "2012-08-24"],
      ["barnet", "2012-08-24"],
    ]);
    expect((await q.listRecommendations(filters({ deadline: "3" }))).total).toBe(11);
    expect((await q.listRecommendations(filters({ source: "Ofsted" }))).total).toBe(13);
    expect((await q.listRecommendations(filters({ source: "CQC" }))).total).toBe(4);
    expect((await q.listRecommendations(filters({ authority: "barnet", deadline: "3" }))).total).toBe(2);
    expect((await q.listRecommendations(filters({ authority: "nowhere" }))).total).toBe(0);
    expect((await q.listRecommendations(filters({ dueAfter: "2012-05-01" }))).total).toBe(8);
    expect((await q.listRecommendations(filters({ dueBefore: "2012-05-24" }))).total).toBe(11);
    expect((await q.listRecommendations(filters({ dueAfter: "2012-05-24", dueBefore: "2012-05-24" }))).total).toBe(2);
  });

  it("searches text and addressee, every word, ignoring case", async () => {
    const doctor = await q.listRecommendations(filters({ q: "Designated DOCTOR" }));
    expect(doctor.total).toBe(1);
    expect(doctor.rows[0].text).toMatch(/^appoint a designated doctor for looked after children/);
    expect((await q.listRecommendations(filters({ q: "DSCB" }))).total).toBe(9);
    expect((await q.listRecommendations(filters({ q: "designated nonsenseword" }))).total).toBe(0);
  });

  it("matches % and _ literally, not as LIKE wildcards", async () => {
    expect((await q.listRecommendations(filters({ q: "%" }))).total).toBe(0);
    expect((await q.listRecommendations(filters({ q: "_" }))).total).toBe(0);
    expect((await q.listRecommendations(filters({ q: "doc_or" }))).total).toBe(0);
    expect((await q.listRecommendations(filters({ q: "designated %" }))).total).toBe(0);
  });

  it("pages past the end return no rows but the true total", async () => {
    const past = await q.listRecommendations(filters({ page: 3 }));
    expect(past).toMatchObject({ rows: [], total: 17, page: 3, pageCount: 1 });
  });
});

describe("exportRecommendations", () => {
  it("returns every match, unpaged", async () => {
    const rows = await q.exportRecommendations({ source: "Ofsted", authority: "dudley" });
    expect(rows).toHaveLength(10);
  });
});

describe("filter options", () => {
  it("offers the deadlines and authorities in the data", async () => {
    expect(await q.deadlineOptions()).toEqual([
      { key: "3", label: "Within 3 months", count: 11 },
      { key: "6", label: "Within 6 months", count: 6 },
    ]);
    expect(await q.authorityOptions()).toEqual([
      { slug: "barnet", name: "Barnet" },
      { slug: "dudley", name: "Dudley" },
    ]);
  });
});
