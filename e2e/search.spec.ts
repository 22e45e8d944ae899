import { expect, test } from "./fixtures";

test.describe("search", () => {
  test("the header search box finds a phrase across reports, linking to each paragraph", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("search", { name: "Site search" });
    await box.getByLabel("Search findings and recommendations").fill('"designated doctor"');
    await box.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=%22designated\+doctor%22$/);
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(
      "3 results for '\"designated doctor\"'".replace(/'/g, "\u2018").replace(/\u2018$/, "\u2019"),
    );

    // Council by council, the council with the best match first.
    await expect(page.locator(".search-council h3 a")).toHaveText(["Barnet", "Dudley"]);
    const results = page.locator(".search-result");
    await expect(results).toHaveCount(3);
    await expect(results.nth(0).getByRole("link")).toHaveText("Barnet, Recommendation");
    await expect(results.nth(1).getByRole("link")).toHaveText("Barnet, Paragraph 9.2");
    await expect(results.nth(1).locator("mark")).toHaveText(["designated doctor"]);
    await expect(results.nth(2).getByRole("link")).toHaveText("Dudley, Paragraph 4.5");
    await expect(results.nth(2)).toContainText("Outcome 4: Care and welfare of people who use services");

    await results.nth(1).getByRole("link").click();
    await expect(page).toHaveURL(/\/authorities\/barnet#p-9-2$/);
    await expect(page.locator("#p-9-2")).toContainText("Barnet does not currently have a designated doctor");
  });

  test("filters by authority and outcome, keeping the query", async ({ page }) => {
    await page.goto("/search?q=CAMHS");
    await expect(page.getByRole("heading", { level: 2 })).toContainText("15 results");
    await page.getByLabel("Authority").selectOption("dudley");
    await page.getByLabel("Outcome").selectOption("7");
    await page.getByRole("button", { name: "Search", exact: true }).last().click();
    await expect(page).toHaveURL(/q=CAMHS&authority=dudley&region=&outcome=7/);
    await expect(page.getByRole("heading", { level: 2 })).toContainText("1 result for");
    await expect(page.getByRole("heading", { level: 2 })).toContainText("in Dudley under Outcome 7: Safeguarding");
    await expect(page.locator(".search-result").getByRole("link")).toHaveText("Dudley, Paragraph 6.2");
  });

  test("finds words by prefix and stem", async ({ page }) => {
    await page.goto("/search?q=supervis*");
    await expect(page.locator(".search-result mark").first()).toHaveText(/^supervis/i);
    await page.goto("/search?q=supervise");
    await expect(page.getByRole("heading", { level: 2 })).not.toContainText("No results");
  });

  for (const q of ['"unbalanced', "CAMHS OR", "NOT", "(((", "'; DROP TABLE Report; --", "<script>alert(1)</script>"]) {
    test(`handles awkward input gracefully: ${q}`, async ({ page }) => {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search findings and recommendations");
      expect(await page.locator("script:not([src])").evaluateAll((els) => els.some((e) => e.textContent === "alert(1)"))).toBe(false);
    });
  }

  test("explains an empty query and bad parameters", async ({ page }) => {
    await page.goto("/search?q=%22%22");
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Enter words to search for");
    await page.goto("/search?q=CAMHS&outcome=abc");
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Outcome must be an outcome number or 'general'");
  });

  test("has an API with the same filters", async ({ request }) => {
    const ok = await request.get("/api/search?q=%22designated%20doctor%22&authority=barnet");
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.total).toBe(2);
    expect(body.results.map((r: { href: string }) => r.href)).toEqual([
      "/authorities/barnet#recommendation-5",
      "/authorities/barnet#p-9-2",
    ]);
    const [start, end] = body.results[1].matches[0];
    expect(body.results[1].snippet.slice(start, end)).toBe("designated doctor");
    for (const bad of ["/api/search", "/api/search?q=CAMHS&page=0", "/api/search?q=%22%22", "/api/search?q=x&authority=NOT%20A%20SLUG"]) {
      const response = await request.get(bad);
      expect(response.status(), bad).toBe(400);
      expect((await response.json()).error).toBe("Invalid request parameters");
    }
  });
});
