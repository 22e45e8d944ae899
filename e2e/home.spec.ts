import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test.describe("home page", () => {
  test("lists the inspected authorities", async ({ page }) => {
    await page.goto("/");

    await expect(page).toHaveTitle(/Children's services inspections/);
    await expect(page.getByRole("heading", { level: 1, name: "Local authorities" })).toBeVisible();

    const table = page.getByRole("table");
    await expect(table).toBeVisible();

    const barnet = table.getByRole("row").filter({ hasText: "Barnet" });
    await expect(barnet.getByRole("link", { name: "Barnet" })).toHaveAttribute("href", "/authorities/barnet");
    await expect(barnet).toContainText("London");

    const dudley = table.getByRole("row").filter({ hasText: "Dudley" });
    await expect(dudley.getByRole("link", { name: "Dudley" })).toHaveAttribute("href", "/authorities/dudley");
    await expect(dudley).toContainText("West Midlands");

    // Dates are written out, e.g. "24 February 2012".
    await expect(barnet.getByRole("cell").nth(2)).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);

    await page.screenshot({ path: "e2e/screenshots/home.png", fullPage: true });
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

  test("has no axe violations", async ({ page }) => {
    await page.goto("/");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
});

test("unknown pages show a page not found message", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
