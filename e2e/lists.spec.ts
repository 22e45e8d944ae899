import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Issue 26 on the e2e database (Barnet in London, Dudley in the West Midlands): the region filter, search facets and
// groups, a theme page's council summary and folds, the register grouped by council, the themes matrix's region and sort.

const facet = (page: Page, title: string) => page.getByRole("navigation", { name: "Narrow the results" }).locator(`[data-facet=${title}]`);

test.describe("lists without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the register filters by region and groups by council, the downloads keeping both", async ({ page, request }) => {
    await page.goto("/recommendations");
    await page.getByLabel("Region").selectOption("West Midlands");
    await page.getByLabel("Arrange").selectOption("council");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL("/recommendations?region=West+Midlands&group=council");
    await expect(page.locator("#results-count")).toHaveText("12 recommendations match");
    const groups = page.locator(".register-council");
    await expect(groups.getByRole("heading", { level: 3 })).toHaveText(["Dudley 12 recommendations"]);
    // The council heads its group: no column names it again.
    await expect(groups.getByRole("columnheader")).toHaveText(["Report", "Due", "Recommendation", "Source"]);
    await expect(page.locator(".register-table__authority-name")).toHaveCount(0);
    const csvHref = await page.getByRole("link", { name: /^CSV/ }).getAttribute("href");
    expect(csvHref).toBe("/api/recommendations?region=West+Midlands&group=council&format=csv");
    const csv = (await (await request.get(csvHref!)).text()).trim().split("\r\n").slice(1);
    expect(csv).toHaveLength(12);
    expect(csv.every((line) => line.startsWith("Dudley,dudley,"))).toBe(true);

    await page.getByRole("link", { name: "Remove filter Region: West Midlands" }).click();
    await expect(groups.getByRole("heading", { level: 3 })).toHaveText(["Barnet 5 recommendations", "Dudley 12 recommendations"]);
    const bad = await request.get("/api/recommendations?region=Wales");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).details[0].message).toMatch(/^Region is not an English region \(use one of: North East, /);
  });

  test("search narrows by facets, each with its count, grouped by council and paged", async ({ page }) => {
    await page.goto("/search?q=health");
    await expect(page.getByRole("heading", { level: 2, name: /results for/ })).toContainText("84 results");
    const councils = facet(page, "authority").getByRole("link");
    await expect(councils).toHaveText([/^(Barnet|Dudley) \(\d+\)$/, /^(Barnet|Dudley) \(\d+\)$/]);
    const counts = (await councils.allTextContents()).map((t) => Number(/\((\d+)\)/.exec(t)![1]));
    expect(counts[0] + counts[1]).toBe(84);
    // Results come council by council: the first page is one council's best matches.
    await expect(page.locator(".search-council").first().getByRole("heading", { level: 3 })).toHaveText(
      /^(Barnet|Dudley) \d+ results, 20 on this page$/,
    );
    await expect(page.getByRole("navigation", { name: "Results pages" }).getByRole("link", { name: "Page 5" })).toBeVisible();

    const dudley = (await councils.allTextContents()).find((t) => t.startsWith("Dudley"))!;
    await facet(page, "region")
      .getByRole("link", { name: /^West Midlands/ })
      .click();
    await expect(page).toHaveURL("/search?q=health&region=West+Midlands#results-count");
    await expect(page.getByRole("heading", { level: 2, name: /results for/ })).toHaveText(
      `${/\((\d+)\)/.exec(dudley)![1]} results for \u2018health\u2019 in West Midlands`,
    );
    await expect(page.locator(".search-council").getByRole("heading", { level: 3, name: /^Barnet/ })).toHaveCount(0);
    await facet(page, "assessment")
      .getByRole("link", { name: /^Concern \(/ })
      .click();
    await expect(page).toHaveURL("/search?q=health&region=West+Midlands&assessment=concern#results-count");
    for (const tag of await page.locator(".search-result .tag").allTextContents()) expect(tag).toBe("Concern");
    await page.getByRole("link", { name: "Remove filter Region: West Midlands" }).click();
    await expect(page).toHaveURL("/search?q=health&assessment=concern");
    await expect(page.getByLabel("Region")).toHaveValue("");

    // An outcome, then a theme: each count is what the search then finds, every council's share adds up to it,
    // and the results are of that outcome, and on that theme.
    await page.goto("/search?q=health");
    const heading = page.getByRole("heading", { level: 2, name: /results? for/ });
    const councilTotal = async () => (await councils.allTextContents()).reduce((sum, t) => sum + Number(/\((\d+)\)$/.exec(t)![1]), 0);
    const outcome = facet(page, "outcome")
      .getByRole("link", { name: /^Outcome \d+: / })
      .first();
    // The outcome with most matches (read off the e2e database: 12 of the 84 paragraphs and recommendations).
    await expect(outcome).toHaveText("Outcome 4: Care and welfare of people who use services (12)");
    const [, outcomeName, n, outcomeCount] = /^(Outcome (\d+): .+) \((\d+)\)$/.exec((await outcome.textContent())!)!;
    await outcome.click();
    await expect(page).toHaveURL(`/search?q=health&outcome=${n}#results-count`);
    await expect(heading).toHaveText(`${outcomeCount} results for \u2018health\u2019 under ${outcomeName}`);
    expect(await councilTotal()).toBe(Number(outcomeCount));
    // All on one page, each under that outcome.
    await expect(page.locator(".search-result")).toHaveCount(Number(outcomeCount));
    for (const hint of await page.locator(".search-result .hint").allTextContents()) expect(hint).toMatch(new RegExp(`^Outcome ${n}: `));

    const theme = facet(page, "theme").getByRole("link").first();
    const [, themeName, themeCount] = /^(.+) \((\d+)\)$/.exec((await theme.textContent())!)!;
    await theme.click();
    const themeId = new URL(page.url()).searchParams.get("theme")!;
    await expect(page).toHaveURL(`/search?q=health&outcome=${n}&theme=${themeId}#results-count`);
    await expect(heading).toHaveText(`${themeCount} results for \u2018health\u2019 under ${outcomeName} on ${themeName}`);
    await expect(facet(page, "theme")).toContainText(`${themeName} (${themeCount}), the filter in use`);
    expect(await councilTotal()).toBe(Number(themeCount));
    await expect(page.locator(".search-result")).toHaveCount(Number(themeCount));
    expect(Number(themeCount)).toBeLessThan(Number(outcomeCount));
    // The first result's paragraph, on its council's page, is on that theme.
    const result = page.locator(".search-result h4 a").first();
    const [path, paragraph] = (await result.getAttribute("href"))!.split("#");
    await result.click();
    await expect(page.locator(`#${paragraph}`).locator(`a[href="/themes/${themeId}?authority=${path.split("/")[2]}"]`)).toHaveCount(1);
  });

  test("the themes matrix shows a region's councils, ordered by a theme", async ({ page, request }) => {
    await page.goto("/themes");
    await page.getByLabel("Region").selectOption("London");
    await page.getByLabel("Order councils by").selectOption("records");
    await page.getByRole("button", { name: "Show councils" }).click();
    await expect(page).toHaveURL("/themes?region=London&sort=records#themes-matrix");
    const table = page.getByRole("table", {
      name: /^Each theme in each London council's latest report, most concerns against strengths on Records/,
    });
    await expect(table.getByRole("columnheader")).toHaveText(["Theme", "Barnet"]);

    // Sorted by a theme, the page and the API agree on the order, which follows the balance on that theme.
    const api = await (await request.get("/api/themes?sort=records")).json();
    await page.goto("/themes?sort=records");
    const order = api.councils.map((c: { name: string }) => c.name);
    await expect(page.getByRole("table").getByRole("columnheader")).toHaveText(["Theme", ...order]);
    const lean = (c: { cells: Record<string, { concern: number; strength: number }> }) =>
      (c.cells.records?.concern ?? 0) - (c.cells.records?.strength ?? 0);
    expect(lean(api.councils[0])).toBeGreaterThanOrEqual(lean(api.councils[1]));
    expect((await request.get("/api/themes?region=Atlantis")).status()).toBe(400);
  });

  test("a theme page's link to a council opens its fold", async ({ page }) => {
    await page.goto("/themes/consent#council-dudley");
    await expect(page.locator("#council-dudley .theme-item").first()).toBeVisible();
    await expect(page.locator("#council-barnet .theme-item").first()).toBeHidden();
  });
});

test("a theme page opens with each council's counts, linking down to its fold, and a paragraph's link opens its fold", async ({ page }) => {
  await page.goto("/themes/consent");
  const summary = page.getByRole("table", { name: /^Consent.*council by council/ });
  await expect(summary.getByRole("rowheader")).toHaveText(["Barnet", "Dudley"]);
  // Folded: the paragraphs wait behind each council's counts.
  await expect(page.locator(".theme-item").first()).toBeHidden();
  await summary.getByRole("link", { name: "Dudley" }).click();
  await expect(page).toHaveURL(/\/themes\/consent#council-dudley$/);
  await expect(page.locator("#council-dudley .theme-item").first()).toBeVisible();
  await expect(page.locator("#council-barnet .theme-item").first()).toBeHidden();

  await page.goto("/themes/consent#dudley-p-3-1");
  await expect(page.locator("#dudley-p-3-1")).toBeVisible();
  await expect(page.locator("#dudley-p-3-1").getByRole("link")).toHaveAttribute("href", "/authorities/dudley#p-3-1");
});
