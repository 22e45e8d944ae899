import fs from "node:fs";
import path from "node:path";
import { expect, saveThroughImportForm, test } from "./fixtures";
import { IMPORT_SERVER } from "./servers";

const barnetText = fs.readFileSync(path.join(import.meta.dirname, "..", "seed", "reports", "barnet.txt"), "utf8");
/** Barnet's report as if it were another council's: its name in the title and the ratings table changed. */
// Imports and first renders are slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

const renamed = (name: string) =>
  barnetText.replace(/\bin Barnet\b/, `in ${name}`).replace("<b>Barnet Council</b>", `<b>${name} Council</b>`);

test.describe("council codes", () => {
  test("the authority page gives Barnet's LA number, ONS code and region", async ({ page }) => {
    await page.goto("/authorities/barnet");
    const council = page.getByRole("region", { name: "Council" });
    await expect(council).toContainText("LA number (DfE) 302 · ONS code E09000003 · London.");
    // The map and the neighbours are folded, so that the page stays within its height budget.
    await council.getByText("Place on the map and statistical neighbours").click();
    await expect(council.getByRole("img", { name: "Barnet marked on a map of England" })).toBeVisible();
  });

  for (const code of ["302", "E09000003"]) {
    test(`/authorities/${code} redirects permanently to /authorities/barnet`, async ({ request }) => {
      const response = await request.get(`/authorities/${code}`, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(new URL(response.headers().location, "http://x").pathname).toBe("/authorities/barnet");
    });
  }

  test("the API answers by slug, LA number or ONS code alike, with the codes", async ({ request }) => {
    const [bySlug, byNumber, byCode] = await Promise.all(
      ["barnet", "302", "E09000003"].map(async (x) => (await request.get(`/api/authorities/${x}`)).json()),
    );
    expect(bySlug).toMatchObject({ authority: "Barnet", laNumber: "302", onsCode: "E09000003", onsRegion: "London" });
    expect(byNumber).toEqual(bySlug);
    expect(byCode).toEqual(bySlug);
    const compared = await (await request.get("/api/compare?a=302&b=E08000027")).json();
    expect(compared.a).toMatchObject({ slug: "barnet", laNumber: "302" });
    expect(compared.b).toMatchObject({ slug: "dudley", laNumber: "332", onsCode: "E08000027" });
  });

  test("every CSV and JSON export carries the LA number and ONS code", async ({ request }) => {
    const csvs = [
      "/api/authorities?format=csv",
      "/api/recommendations?format=csv",
      "/api/search?q=CAMHS&format=csv",
      "/api/themes/consent?format=csv",
      "/api/compare?a=barnet&b=dudley&format=csv",
    ];
    for (const url of csvs) {
      const text = await (await request.get(url)).text();
      const [header, ...rows] = text.trim().split("\r\n");
      expect(header.split(","), url).toEqual(expect.arrayContaining(["la_number", "ons_code", "ons_region"]));
      expect(rows.length, url).toBeGreaterThan(0);
      expect(
        rows.every((r) => /,(302,E09000003,London|332,E08000027,West Midlands),/.test(r)),
        url,
      ).toBe(true);
    }
    const jsons: [string, (body: Record<string, unknown>) => unknown[]][] = [
      ["/api/authorities?format=json", (b) => b.authorities as unknown[]],
      ["/api/authorities", (b) => b.authorities as unknown[]],
      ["/api/recommendations?format=json", (b) => (b.recommendations as { authority: unknown }[]).map((r) => r.authority)],
      ["/api/recommendations", (b) => (b.recommendations as { authority: unknown }[]).map((r) => r.authority)],
      ["/api/search?q=CAMHS&format=json", (b) => b.results as unknown[]],
      ["/api/search?q=CAMHS", (b) => (b.results as { authority: unknown }[]).map((r) => r.authority)],
      ["/api/themes/consent?format=json", (b) => (b.items as { authority: unknown }[]).map((r) => r.authority)],
      ["/api/themes/consent", (b) => (b.items as { authority: unknown }[]).map((r) => r.authority)],
      ["/api/themes", (b) => b.councils as unknown[]],
      ["/api/compare?a=barnet&b=dudley", (b) => [b.a, b.b]],
    ];
    for (const [url, named] of jsons) {
      const items = named(await (await request.get(url)).json());
      expect(items.length, url).toBeGreaterThan(0);
      for (const item of items)
        expect(item, url).toMatchObject({ laNumber: expect.stringMatching(/^(302|332)$/), onsCode: expect.stringMatching(/^E0/) });
    }
  });
});

test.describe("statistical neighbours", () => {
  test("Barnet's page lists its ten in the lookup's order, none with a report", async ({ page }) => {
    await page.goto("/authorities/barnet");
    await page.getByText("Place on the map and statistical neighbours").click();
    const list = page
      .getByRole("heading", { name: "Statistical neighbours" })
      .locator("xpath=following-sibling::ol[1]")
      .getByRole("listitem");
    await expect(list).toHaveCount(10);
    await expect(list.first()).toHaveText("Waltham Forest – no report loaded");
    await expect(list.last()).toHaveText("Ealing – no report loaded");
    await page.getByRole("link", { name: "Barnet’s grades beside its neighbours’" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Barnet and its statistical neighbours");
    await expect(page.getByText("Of them, none has a report loaded.")).toBeVisible();
  });

  test.describe("with a neighbour's report loaded", () => {
    test.use({ baseURL: IMPORT_SERVER.baseURL });

    test("links to the comparison, and the neighbours page says the differences in words", async ({ page }) => {
      await saveThroughImportForm(page, renamed("Harrow"));
      await expect(page.getByRole("status")).toContainText("Matched to the council lookup as Harrow: LA number 310, ONS code E09000015");
      await page.goto("/authorities/barnet");
      await page.getByText("Place on the map and statistical neighbours").click();
      await expect(page.getByRole("link", { name: "compare Barnet with Harrow" })).toHaveAttribute("href", "/compare?a=barnet&b=harrow");
      await page.goto("/compare?a=barnet");
      await expect(page.getByRole("link", { name: "Compare Barnet with Harrow" })).toBeVisible();
      await page.goto("/authorities/barnet/neighbours");
      await expect(page.getByRole("heading", { level: 2, name: "Barnet and Harrow" })).toBeVisible();
      await expect(page.getByText("Barnet and Harrow are graded the same on all 6 judgements both reports have.")).toBeVisible();
      await expect(page.getByRole("table").getByRole("rowheader")).toHaveText(["Barnet (this council)", "Harrow"]);
    });

    test("a report whose authority matches no council is still imported, and says so", async ({ page }) => {
      await saveThroughImportForm(page, renamed("Barsetshire"));
      await expect(page.getByRole("status")).toContainText("“Barsetshire” matches no council in the lookup");
      await page.goto("/authorities/barsetshire");
      await expect(page.getByRole("note").filter({ hasText: "matches no council in the lookup" })).toBeVisible();
    });
  });
});

test.describe("map of grades", () => {
  test("draws the 153 councils, each a link named in words, with the same in a table", async ({ page }) => {
    await page.goto("/map");
    const england = page.getByRole("group", { name: /^Map of England's councils/ });
    const london = page.getByRole("group", { name: /^Map of London's boroughs/ });
    await expect(england.getByRole("link")).toHaveCount(120);
    await expect(london.getByRole("link")).toHaveCount(33);
    await expect(london.getByRole("link", { name: "Barnet: safeguarding good", exact: true })).toHaveAttribute(
      "href",
      "/authorities/barnet",
    );
    await expect(england.getByRole("link", { name: "Dudley: safeguarding adequate", exact: true })).toHaveAttribute(
      "href",
      "/authorities/dudley",
    );
    await expect(england.getByRole("link", { name: "Cornwall: no report loaded", exact: true })).toHaveAttribute(
      "href",
      "#council-E06000052",
    );
    await expect(page.getByText("Good: 1 council")).toBeVisible();
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(154);
    await expect(page.getByRole("row", { name: /^Barnet 302 E09000003 London Good/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Councils reorganised since 2011–12" })).toBeVisible();
  });

  test("is coloured by the grade chosen, without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/map");
    await page.getByLabel("Colour the map by").selectOption("being-healthy");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/map\?grade=being-healthy$/);
    await expect(page.getByRole("link", { name: "Dudley: being healthy adequate", exact: true })).toBeVisible();
    await context.close();
  });

  test("the home page links to it", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: "See the councils’ grades on a map of England" })).toHaveAttribute("href", "/map");
  });
});
