import { describe, expect, it } from "vitest";
import { matrixGrades } from "../home/matrix";
import { parseReport } from "../report/parse-report";
import { seedReportText } from "../testing/reports";
import { drawAreas, drawLocator, isLondon } from "./map";
import { type CouncilReport, MAP_GRADES, mapView } from "./map-view";

const barnet = parseReport(seedReportText("barnet"));
const dudley = parseReport(seedReportText("dudley"));
const report = (slug: string, name: string, parsed = barnet): CouncilReport => ({
  slug,
  name,
  reportDate: parsed.reportDate,
  grades: matrixGrades(parsed.ratings),
});
const seeded = new Map([
  ["302", report("barnet", "Barnet")],
  ["332", report("dudley", "Dudley", dudley)],
]);

describe("mapView", () => {
  const view = mapView(seeded, "safeguarding");
  const all = [...view.england.areas, ...view.london.areas];

  it("draws the 153 authorities of 2023 once each as a link, London in its inset", () => {
    expect(all).toHaveLength(153);
    expect(new Set(all.map((a) => a.onsCode)).size).toBe(153);
    expect(view.london.areas.every((a) => isLondon(a.onsCode))).toBe(true);
    expect(view.london.areas).toHaveLength(33);
    expect(view.england.muted).toHaveLength(33);
    expect(view.rows).toHaveLength(153);
  });

  it("names every shape in words: council, grade and what it is a grade of", () => {
    const byName = new Map(all.map((a) => [a.name, a]));
    expect(byName.get("Barnet")).toMatchObject({ label: "Barnet: safeguarding good", href: "/authorities/barnet", state: "good" });
    expect(byName.get("Dudley")).toMatchObject({ label: "Dudley: safeguarding adequate", href: "/authorities/dudley", state: "adequate" });
    expect(byName.get("Camden")).toMatchObject({ label: "Camden: no report loaded", href: "#council-E09000007", state: "none" });
    for (const area of all)
      expect(area.label).toMatch(/^[^:]+(?: \([^)]+\))?: (?:safeguarding (?:outstanding|good|adequate|inadequate)|no report loaded)$/);
  });

  it("colours by the grade chosen", () => {
    const healthy = mapView(seeded, "being-healthy");
    const dudleyArea = healthy.england.areas.find((a) => a.name === "Dudley");
    expect(dudleyArea?.label).toBe("Dudley: being healthy adequate");
    expect(healthy.grade).toBe(MAP_GRADES[5]);
  });

  it("draws a reorganised council's report over the areas that succeeded it", () => {
    const cumbria = mapView(new Map([["909", report("cumbria", "Cumbria")]]), "safeguarding");
    const labels = cumbria.england.areas.filter((a) => a.href === "/authorities/cumbria").map((a) => a.label);
    expect(labels.sort()).toEqual([
      "Cumberland (Cumbria in 2011–12): safeguarding good",
      "Westmorland and Furness (Cumbria in 2011–12): safeguarding good",
    ]);
    expect(cumbria.reorganised.map((r) => r.council.name)).toEqual(["Cumbria", "Northamptonshire", "Poole", "Bournemouth"]);
  });

  it("colours an area two former councils' reports share by neither, and lists both in words", () => {
    const both = mapView(
      new Map([
        ["836", report("poole", "Poole")],
        ["837", report("bournemouth", "Bournemouth", dudley)],
      ]),
      "safeguarding",
    );
    const bcp = both.england.areas.find((a) => a.onsCode === "E06000058");
    expect(bcp).toMatchObject({ state: "none", label: "Bournemouth, Christchurch and Poole: no report loaded" });
    expect(both.reorganised.filter((r) => r.report).map((r) => [r.council.name, r.grade])).toEqual([
      ["Poole", "Good"],
      ["Bournemouth", "Adequate"],
    ]);
  });
});

describe("drawing", () => {
  it("fits England to the width, taller than wide, every shape inside the frame", () => {
    const d = drawAreas("test-england", 600, () => true, 0);
    expect(d.height).toBeGreaterThan(600);
    expect(d.height).toBeLessThan(800);
    for (const area of d.areas) {
      const numbers = area.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-1);
      expect(Math.max(...numbers)).toBeLessThanOrEqual(d.height + 1);
    }
  });

  it("draws a locator of England with the council marked", () => {
    const locator = drawLocator(120, ["E09000003"]);
    expect(locator.highlighted).toHaveLength(1);
    expect(locator.england.length).toBeGreaterThan(100);
    expect(locator.height).toBeGreaterThan(120);
  });
});
