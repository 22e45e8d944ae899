import { describe, expect, it } from "vitest";
import { THEMES } from "../assessment";
import { parseThemeFilters } from "../requests/params";
import { assessReport } from "../report/assess-report";
import { parseReport } from "../report/parse-report";
import { seedReportText } from "../testing/reports";
import { withSeededDatabase } from "../testing/seeded-db";
import { councilSummaryRows, describeCouncilItems } from "../themes/theme-pages";
import { exportThemeEvidence, THEME_PAGE_SIZE, themeCouncilCounts, type ThemeItem, themeEvidence, themeMatrix } from "./themes";

withSeededDatabase();

const reports = {
  barnet: assessReport(parseReport(seedReportText("barnet"))),
  dudley: assessReport(parseReport(seedReportText("dudley"))),
};
const paragraphsOn = (name: keyof typeof reports, theme: string) =>
  reports[name].sections.flatMap((s) => s.paragraphs).filter((p) => p.themes.includes(theme));

describe("themeMatrix", () => {
  it("counts each council's paragraphs per theme once each, under its own tag", async () => {
    const matrix = await themeMatrix({ page: 1 });
    expect(matrix.total).toBe(2);
    expect(matrix.rows.map((r) => r.slug)).toEqual(["barnet", "dudley"]);
    for (const row of matrix.rows) {
      const name = row.slug as keyof typeof reports;
      for (const theme of THEMES) {
        const on = paragraphsOn(name, theme.id);
        const expected = on.length
          ? {
              strength: on.filter((p) => p.assessment === "strength").length,
              concern: on.filter((p) => p.assessment === "concern").length,
              mixed: on.filter((p) => p.assessment === "mixed").length,
              neutral: on.filter((p) => p.assessment === "neutral").length,
              paragraphs: on.length,
            }
          : undefined;
        expect(row.cells[theme.id]).toEqual(expected);
      }
    }
  });

  it("has the consent theme in Dudley, whose 3.1 is about consent", async () => {
    const dudley = (await themeMatrix({ page: 1 })).rows.find((r) => r.slug === "dudley")!;
    expect(dudley.cells.consent?.paragraphs).toBeGreaterThan(0);
  });
});

describe("themeMatrix's region and sort", () => {
  it("keeps only the councils of a region", async () => {
    const london = await themeMatrix({ page: 1, region: "London" });
    expect([london.total, london.rows.map((r) => r.slug)]).toEqual([1, ["barnet"]]);
    const none = await themeMatrix({ page: 1, region: "North East" });
    expect([none.total, none.rows]).toEqual([0, []]);
  });

  it("names the councils it pages through A to Z, for the page links, and none when sorted by a theme", async () => {
    expect((await themeMatrix({ page: 1 })).namesInOrder).toEqual(["Barnet", "Dudley"]);
    expect((await themeMatrix({ page: 2 })).namesInOrder).toEqual(["Barnet", "Dudley"]);
    expect((await themeMatrix({ page: 1, region: "West Midlands" })).namesInOrder).toEqual(["Dudley"]);
    expect((await themeMatrix({ page: 1, sort: "records" })).namesInOrder).toEqual([]);
    expect((await themeMatrix({ page: 1, region: "London", sort: "records" })).namesInOrder).toEqual([]);
  });

  it("puts first, for each theme, the council with more concerns less strengths on it", async () => {
    for (const theme of THEMES) {
      const lean = (name: keyof typeof reports) => {
        const on = paragraphsOn(name, theme.id);
        return [
          on.filter((p) => p.assessment === "concern").length - on.filter((p) => p.assessment === "strength").length,
          on.filter((p) => p.assessment === "concern").length,
        ];
      };
      const [b, d] = [lean("barnet"), lean("dudley")];
      const dudleyFirst = d[0] > b[0] || (d[0] === b[0] && d[1] > b[1]);
      const order = (await themeMatrix({ page: 1, sort: theme.id })).rows.map((r) => r.slug);
      expect(order, theme.id).toEqual(dudleyFirst ? ["dudley", "barnet"] : ["barnet", "dudley"]);
    }
  });
});

describe("themeEvidence", () => {
  it("lists every paragraph and recommendation on a theme, council by council", async () => {
    const found = await exportThemeEvidence("consent", {});
    const expected = (["barnet", "dudley"] as const).flatMap((name) => [
      ...paragraphsOn(name, "consent").map((p) => `${name} paragraph ${p.ref} ${p.assessment}`),
      ...reports[name].recommendations
        .filter((r) => r.themes.includes("consent"))
        .map((r) => `${name} recommendation ${r.text.slice(0, 20)}`),
    ]);
    expect(
      found.map((i) =>
        i.kind === "paragraph"
          ? `${i.authority.slug} paragraph ${i.ref} ${i.assessment}`
          : `${i.authority.slug} recommendation ${i.text.slice(0, 20)}`,
      ),
    ).toEqual(expected);
    const d31 = found.find((i) => i.authority.slug === "dudley" && i.ref === "3.1");
    expect(d31).toMatchObject({ outcome: 2, heading: "Consent", href: "/authorities/dudley#p-3-1" });
    expect(d31?.text).toMatch(/^Consent is well managed/);
  });

  it("filters by authority and assessment, and pages", async () => {
    const dudleyOnly = await themeEvidence("consent", { authority: "dudley", page: 1 });
    expect(dudleyOnly.items.every((i) => i.authority.slug === "dudley")).toBe(true);
    expect(dudleyOnly.total).toBe(
      paragraphsOn("dudley", "consent").length + reports.dudley.recommendations.filter((r) => r.themes.includes("consent")).length,
    );
    for (const assessment of ["strength", "concern", "mixed", "neutral"] as const) {
      const result = await themeEvidence("records", { assessment, page: 1 });
      expect(result.total).toBe(
        paragraphsOn("barnet", "records")
          .concat(paragraphsOn("dudley", "records"))
          .filter((p) => p.assessment === assessment).length,
      );
      expect(result.items.every((i) => i.kind === "paragraph" && i.assessment === assessment)).toBe(true);
    }
    expect((await themeEvidence("consent", { page: 99 })).items).toEqual([]);
  });

  it("pages and counts the same matches the parsed reports give, theme by theme and filter by filter", async () => {
    const expectedFor = (theme: string, authority?: "barnet" | "dudley", assessment?: "strength" | "concern" | "mixed" | "neutral") =>
      (authority ? [authority] : (["barnet", "dudley"] as const)).flatMap((name) => [
        ...paragraphsOn(name, theme)
          .filter((p) => !assessment || p.assessment === assessment)
          .map((p) => `${name} paragraph ${p.ref} ${p.assessment} ${p.text.slice(0, 30)}`),
        ...(assessment
          ? []
          : reports[name].recommendations
              .filter((r) => r.themes.includes(theme))
              .map((r) => `${name} recommendation ${r.text.slice(0, 30)}`)),
      ]);
    const key = (i: ThemeItem) =>
      `${i.authority.slug} ${i.kind}${i.kind === "paragraph" ? ` ${i.ref} ${i.assessment}` : ""} ${i.text.slice(0, 30)}`;
    let nonEmpty = 0;
    for (const theme of THEMES) {
      for (const authority of [undefined, "dudley"] as const) {
        for (const assessment of [undefined, "strength", "concern", "mixed", "neutral"] as const) {
          const expected = expectedFor(theme.id, authority, assessment);
          const first = await themeEvidence(theme.id, { authority, assessment, page: 1 });
          expect(first.total).toBe(expected.length);
          expect(first.pageCount).toBe(Math.max(1, Math.ceil(expected.length / THEME_PAGE_SIZE)));
          const paged = [...first.items];
          for (let page = 2; page <= first.pageCount; page++)
            paged.push(...(await themeEvidence(theme.id, { authority, assessment, page })).items);
          expect(paged.map(key)).toEqual(expected);
          expect((await exportThemeEvidence(theme.id, { authority, assessment })).map(key)).toEqual(expected);
          if (expected.length) nonEmpty++;
        }
      }
    }
    expect(nonEmpty).toBeGreaterThan(10);
  }, 60_000);

  it("finds nothing for a theme no paragraph has", async () => {
    expect(await themeEvidence("no-such-theme", { page: 1 })).toMatchObject({ items: [], total: 0, pageCount: 1 });
  });
});

describe("parseThemeFilters", () => {
  it("accepts the form's values and explains bad ones", () => {
    expect(parseThemeFilters({ authority: "dudley", assessment: "concern" })).toEqual({
      ok: true,
      value: { authority: "dudley", assessment: "concern", page: 1 },
    });
    const bad = parseThemeFilters({ assessment: "awful" });
    expect(bad).toEqual({
      ok: false,
      errors: [{ param: "assessment", message: "Assessment must be strength, concern, mixed or neutral" }],
    });
  });
});

describe("a theme page's summary per council", () => {
  it("counts each council's paragraphs by tag and its recommendations, as the parsed reports give them", async () => {
    for (const theme of THEMES) {
      const counts = await themeCouncilCounts(theme.id, {});
      let before = 0;
      for (const c of counts) {
        const name = c.slug as keyof typeof reports;
        const on = paragraphsOn(name, theme.id);
        const recommendations = reports[name].recommendations.filter((r) => r.themes.includes(theme.id)).length;
        const tagged = (a: string) => on.filter((p) => p.assessment === a).length;
        expect(c, `${theme.id} ${name}`).toMatchObject({
          strength: tagged("strength"),
          concern: tagged("concern"),
          mixed: tagged("mixed"),
          neutral: tagged("neutral"),
          paragraphs: on.length,
          recommendations,
          items: on.length + recommendations,
          before,
        });
        before += c.items;
      }
    }
  });

  it("links each council to its fold on the page where its items start, and says a fold's items in words", async () => {
    const counts = await themeCouncilCounts("records", {});
    const rows = councilSummaryRows(
      counts.map((c, i) => ({ ...c, before: i * THEME_PAGE_SIZE })),
      "records",
      { assessment: "concern" },
    );
    expect(rows.map((r) => r.href)).toEqual([
      "/themes/records?assessment=concern#council-barnet",
      "/themes/records?assessment=concern&page=2#council-dudley",
    ]);
    const dudley = await exportThemeEvidence("records", { authority: "dudley" });
    const c = counts.find((x) => x.slug === "dudley")!;
    expect(describeCouncilItems(dudley)).toMatch(
      new RegExp(`^${c.paragraphs} paragraphs?: .*${c.recommendations ? `; ${c.recommendations} recommendations?$` : "$"}`),
    );
  });
});
