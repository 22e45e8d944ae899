import { describe, expect, it } from "vitest";
import { THEMES } from "../assessment";
import { parseThemeFilters } from "../requests/params";
import { assessReport } from "../report/assess-report";
import { parseReport } from "../report/parse-report";
import { seedReportText } from "../testing/reports";
import { withSeededDatabase } from "../testing/seeded-db";
import { exportThemeEvidence, THEME_PAGE_SIZE, type ThemeItem, themeEvidence, themeMatrix } from "./themes";

withSeededDatabase();

const reports = {
  barnet: assessReport(parseReport(seedReportText("barnet"))),
  dudley: assessReport(parseReport(seedReportText("dudley"))),
};
const paragraphsOn = (name: keyof typeof reports, theme: string) =>
  reports[name].sections.flatMap((s) => s.paragraphs).filter((p) => p.themes.includes(theme));

describe("themeMatrix", () => {
  it("counts each council's paragraphs per theme once each, under its own tag", async () => {
    const matrix = await themeMatrix(1);
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
    const dudley = (await themeMatrix(1)).rows.find((r) => r.slug === "dudley")!;
    expect(dudley.cells.consent?.paragraphs).toBeGreaterThan(0);
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
