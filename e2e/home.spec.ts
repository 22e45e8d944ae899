import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

function authoritiesTable(page: Page) {
  return page.getByRole("table", { name: /^\d+ authorit(y|ies), sorted by/ });
}

function matrix(page: Page) {
  return page.getByRole("table", { name: "Ratings of the latest inspection" });
}

/** The authority names down the table, in order. */
async function namesInOrder(page: Page) {
  return authoritiesTable(page).locator("tbody tr td:first-child").allTextContents();
}

test.describe("home page", () => {
  test("lists the inspected authorities", async ({ page }) => {
    await page.goto("/");

    await expect(page).toHaveTitle(/Children's services inspections/);
    await expect(page.getByRole("heading", { level: 1, name: "Local authorities" })).toBeVisible();

    const table = authoritiesTable(page);
    await expect(table).toBeVisible();
    await expect(table.locator("caption")).toHaveText("2 authorities, sorted by authority name, A to Z");

    const barnet = table.getByRole("row").filter({ hasText: "Barnet" });
    await expect(barnet.getByRole("link", { name: "Barnet" })).toHaveAttribute("href", "/authorities/barnet");
    await expect(barnet.getByRole("cell")).toHaveText(["Barnet", "London", "24 February 2012", "5", "2"]);

    const dudley = table.getByRole("row").filter({ hasText: "Dudley" });
    await expect(dudley.getByRole("link", { name: "Dudley" })).toHaveAttribute("href", "/authorities/dudley");
    await expect(dudley.getByRole("cell")).toHaveText(["Dudley", "West Midlands", "25 January 2012", "12", "9"]);

    await expect(table.locator("thead th")).toHaveText([
      "Authority (sort Z to A)▲",
      "Region (sort A to Z)⇅",
      "Report date (sort newest first)⇅",
      "Recommendations",
      "Due within 3 months",
    ]);
  });

  test("shows every rating in a matrix grouped by inspection", async ({ page }) => {
    await page.goto("/");
    const grid = matrix(page);
    await expect(grid.locator('th[scope="colgroup"]')).toHaveText(["Safeguarding", "Looked after children"]);
    await expect(grid.locator("colgroup")).toHaveCount(3);

    // Dudley: Adequate for the overall effectiveness of safeguarding; Barnet Good throughout.
    const dudley = grid.getByRole("row", { name: /Dudley/ });
    await expect(dudley.locator("td")).toHaveText(["Adequate", "Good", "Adequate", "Good", "Good", "Adequate"]);
    await expect(dudley.locator("td").first().locator(".rating--adequate")).toHaveText("Adequate");
    const barnet = grid.getByRole("row", { name: /Barnet/ });
    await expect(barnet.locator("td")).toHaveText(Array(6).fill("Good"));

    // The full judgement is the column's name for assistive technology.
    const overall = grid.getByRole("columnheader", { name: "Overall effectiveness of the safeguarding services" });
    await expect(overall).toHaveCount(1);
    const cell = await page.evaluate(() => {
      const table = [...document.querySelectorAll("table")].find((t) => t.caption?.textContent === "Ratings of the latest inspection")!;
      const row = [...table.tBodies[0].rows].find((r) => r.cells[0].textContent === "Dudley")!;
      return { header: table.tHead!.rows[1].cells[0].textContent, grade: row.cells[1].textContent };
    });
    expect(cell).toEqual({
      header: "Safeguarding: Overall effectivenessOverall effectiveness of the safeguarding services (sort Outstanding first)⇅",
      grade: "Adequate",
    });

    await page.getByText("What the columns mean").click();
    await expect(
      page.locator(".judgement-key").getByText("The contribution of health agencies to keeping children and young people safe"),
    ).toBeVisible();
  });

  test("sorts by region and by date with links in the column headings", async ({ page }) => {
    await page.goto("/");
    const table = authoritiesTable(page);
    expect(await namesInOrder(page)).toEqual(["Barnet", "Dudley"]);
    await expect(table.locator("th[aria-sort]")).toHaveText(/^Authority/);
    await expect(table.locator("th[aria-sort]")).toHaveAttribute("aria-sort", "ascending");

    // Region: London before West Midlands; following it again reverses the order.
    await table.getByRole("link", { name: "Region (sort A to Z)" }).click();
    await expect(page).toHaveURL(/\/\?sort=region&dir=asc#authorities$/);
    expect(await namesInOrder(page)).toEqual(["Barnet", "Dudley"]);
    await expect(table.getByRole("columnheader", { name: /^Region/ })).toHaveAttribute("aria-sort", "ascending");
    await table.getByRole("link", { name: "Region (sort Z to A)" }).click();
    await expect(page).toHaveURL(/\/\?sort=region&dir=desc#authorities$/);
    expect(await namesInOrder(page)).toEqual(["Dudley", "Barnet"]);
    await expect(table.getByRole("columnheader", { name: /^Region/ })).toHaveAttribute("aria-sort", "descending");
    await expect(table.locator("caption")).toHaveText("2 authorities, sorted by region, Z to A");

    // Date: newest first (Barnet, February 2012), then oldest first.
    await table.getByRole("link", { name: "Report date (sort newest first)" }).click();
    await expect(page).toHaveURL(/\/\?sort=date&dir=desc#authorities$/);
    expect(await namesInOrder(page)).toEqual(["Barnet", "Dudley"]);
    await expect(table.getByRole("columnheader", { name: /^Report date/ })).toHaveAttribute("aria-sort", "descending");
    await table.getByRole("link", { name: "Report date (sort oldest first)" }).click();
    await expect(page).toHaveURL(/\/\?sort=date&dir=asc#authorities$/);
    expect(await namesInOrder(page)).toEqual(["Dudley", "Barnet"]);
    await expect(table.locator("th[aria-sort]")).toHaveCount(1);

    // The matrix follows the same order.
    await expect(matrix(page).locator("tbody th")).toHaveText(["Dudley", "Barnet"]);
  });

  test("downloads both authorities as CSV, in the order shown", async ({ page }) => {
    await page.goto("/?sort=region&dir=desc");
    const link = page.getByRole("link", { name: "CSV file of the authorities and their grades" });
    await expect(link).toHaveAttribute("href", "/api/authorities?sort=region&dir=desc&format=csv");
    await expect(page.getByText("Download both:")).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("authorities.csv");
    const rows = fs.readFileSync(await download.path(), "utf8").split("\r\n");
    expect(rows.slice(1, 3).map((r) => r.split(",").slice(0, 8))).toEqual([
      ["Dudley", "dudley", "332", "E08000027", "West Midlands", "West Midlands", "2012-01-25", "Adequate"],
      ["Barnet", "barnet", "302", "E09000003", "London", "London", "2012-02-24", "Good"],
    ]);
    await expect(page.getByRole("link", { name: "JSON file of the authorities and their grades" })).toHaveAttribute(
      "href",
      "/api/authorities?sort=region&dir=desc&format=json",
    );
  });

  test("explains a sort it does not know and shows the usual order", async ({ page }) => {
    const response = await page.goto("/?sort=population&dir=up");
    expect(response?.status()).toBe(200);
    const error = page.getByRole("alert", { name: "The table could not be sorted as asked" });
    await expect(error).toContainText(/sort must be name, region, date or a judgement/i);
    await expect(error).toContainText(/sort direction must be asc or desc|dir must be asc or desc/i);
    await expect(error).toContainText("The authorities are shown A to Z by name instead.");
    expect(await namesInOrder(page)).toEqual(["Barnet", "Dudley"]);
  });

  test("a page past the last says so and links back to the first, keeping the order", async ({ page }) => {
    const response = await page.goto("/?sort=date&dir=asc&page=2");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("There are no authorities on page 2: they all fit on one page.")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await page.getByRole("link", { name: "Go to the first page" }).click();
    await expect(page).toHaveURL(/\/\?sort=date&dir=asc#authorities$/);
    expect(await namesInOrder(page)).toEqual(["Dudley", "Barnet"]);
    // Two authorities fit on one page: no page links.
    await expect(page.getByRole("navigation", { name: /^Pages of/ })).toHaveCount(0);
  });

  test("explains a page number it does not understand and shows the first page", async ({ page }) => {
    for (const bad of ["abc", "0", "1.5"]) {
      const response = await page.goto(`/?page=${bad}`);
      expect(response?.status(), bad).toBe(200);
      const error = page.getByRole("alert", { name: "There is a problem" });
      await expect(error).toContainText(/^There is a problemPage must be .+\.The first page is shown instead\.$/);
      expect(await namesInOrder(page)).toEqual(["Barnet", "Dudley"]);
    }
    await expect(authoritiesTable(page).locator("caption")).toHaveText("2 authorities, sorted by authority name, A to Z");
  });

  test("compares two authorities with a GET form", async ({ page }) => {
    await page.goto("/");
    const form = page.getByRole("form", { name: "Compare two authorities" });
    await expect(form.getByLabel("First authority")).toHaveValue("barnet");
    await expect(form.getByLabel("Second authority")).toHaveValue("dudley");
    await form.getByLabel("First authority").selectOption("dudley");
    await form.getByLabel("Second authority").selectOption("barnet");
    await form.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/\/compare\?a=dudley&b=barnet$/);
  });

  test("has a working skip link and navigation", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await expect(skip).toHaveAttribute("href", "#main-content");

    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Authorities" })).toHaveAttribute("aria-current", "page");
    for (const name of ["Compare", "Recommendations", "Search"]) {
      await expect(nav.getByRole("link", { name })).toBeVisible();
    }
  });

  test("is keyboard usable: Tab reaches the compare form and the sort links", async ({ page }) => {
    await page.goto("/");
    const focusedName = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.tagName.toLowerCase()}:${el.getAttribute("name") ?? el.textContent?.trim() ?? ""}` : "";
      });
    const seen: string[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      seen.push(await focusedName());
    }
    const order = [
      "select:a",
      "select:b",
      "button:Compare",
      "a:Authority (sort Z to A)▲",
      "a:Region (sort A to Z)⇅",
      "a:Report date (sort newest first)⇅",
    ];
    const positions = order.map((name) => seen.indexOf(name));
    expect(
      positions.every((p) => p >= 0),
      `focus went ${seen.join(" → ")}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    // Sorting from the keyboard.
    while ((await focusedName()) !== "a:Region (sort A to Z)⇅") await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sort=region&dir=asc/);
  });

  test("looks right on wide and narrow screens and in print", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    // The screenshots at a desktop and a phone width are the accessibility spec's.
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("form", { name: "Compare two authorities" })).toBeHidden();
    await page.screenshot({ path: "e2e/screenshots/home-print.png", fullPage: true });
  });
});

test.describe("home page without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sorts with the column heading links", async ({ page }) => {
    await page.goto("/");
    await authoritiesTable(page).getByRole("link", { name: "Report date (sort newest first)" }).click();
    await expect(page).toHaveURL(/\/\?sort=date&dir=desc#authorities$/);
    await authoritiesTable(page).getByRole("link", { name: "Report date (sort oldest first)" }).click();
    await expect(page).toHaveURL(/\/\?sort=date&dir=asc#authorities$/);
    expect(await namesInOrder(page)).toEqual(["Dudley", "Barnet"]);
  });

  test("submits the compare form to /compare?a=…&b=…", async ({ page }) => {
    await page.goto("/");
    const form = page.getByRole("form", { name: "Compare two authorities" });
    await form.getByLabel("Second authority").selectOption("barnet");
    await form.getByLabel("First authority").selectOption("dudley");
    await form.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/\/compare\?a=dudley&b=barnet$/);
  });

  test("submits the default pair", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/\/compare\?a=barnet&b=dudley$/);
  });
});

test("unknown pages show a page not found message", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
