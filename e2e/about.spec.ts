import { createHash } from "node:crypto";
import { expect, test } from "./fixtures";

test.describe("about these reports", () => {
  test("is linked from every page's footer and explains the grades and outcomes", async ({ page }) => {
    await page.goto("/authorities/dudley");
    await page.getByRole("contentinfo").getByRole("link", { name: "About these reports" }).click();
    await expect(page).toHaveURL(/\/about$/);
    await expect(page).toHaveTitle("About these reports – Children's services inspections");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("About these reports");

    const grades = page.getByRole("table", { name: "Grades used in the inspections" });
    await expect(grades.locator("tbody th")).toHaveText(["Outstanding", "Good", "Adequate", "Inadequate"]);
    await expect(grades.getByRole("row", { name: /Adequate/ })).toContainText("only meets minimum requirements");

    const outcomes = page.getByRole("table", { name: "Outcomes the findings are grouped by" });
    await expect(outcomes.locator("tbody tr")).toHaveCount(13);
    await expect(
      outcomes
        .getByRole("row", { name: /Co-operating with others/ })
        .locator("td")
        .first(),
    ).toHaveText("6");
    await expect(
      outcomes
        .getByRole("row", { name: /Staffing numbers/ })
        .locator("td")
        .first(),
    ).toHaveText("13");
  });

  test("is prerendered, with a policy that names its inline scripts by hash", async ({ request }) => {
    const response = await request.get("/about");
    expect(response.status()).toBe(200);
    expect(response.headers()["x-nextjs-prerender"]).toBeTruthy();
    const csp = response.headers()["content-security-policy"];
    expect(csp).not.toContain("nonce-");
    expect(csp).not.toContain("unsafe-inline");
    const html = await response.text();
    const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter(Boolean);
    expect(inline.length).toBeGreaterThan(0);
    for (const script of inline) expect(csp).toContain(`'sha256-${createHash("sha256").update(script).digest("base64")}'`);
  });

  test("runs its scripts, and navigates to other pages in the browser, with nothing blocked", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto("/about");
    // Client-side navigation needs the page's scripts to have run.
    await page.evaluate(() => ((window as unknown as { beforeNavigation: boolean }).beforeNavigation = true));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Recommendations" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommendations");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Recommendations" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(await page.evaluate(() => (window as unknown as { beforeNavigation?: boolean }).beforeNavigation)).toBe(true);
    expect(violations).toEqual([]);
  });
});
