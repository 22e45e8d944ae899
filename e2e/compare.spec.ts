import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const ratingRow = (page: Page, judgement: string) =>
  page
    .getByRole("table", { name: /Ratings of/ })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: judgement, exact: true }) });

test.describe("comparing Barnet and Dudley", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/compare?a=barnet&b=dudley");
  });

  test("shows the ratings side by side, marking and explaining differences", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Barnet and Dudley compared");
    await expect(page).toHaveTitle("Compare Barnet and Dudley – Children's services inspections");

    const overall = ratingRow(page, "Overall effectiveness of the safeguarding services").first();
    await expect(overall.getByRole("cell").nth(0)).toHaveText("Good");
    await expect(overall.getByRole("cell").nth(1)).toHaveText("Adequate");
    await expect(overall).toContainText("Differs");
    await expect(overall).toContainText("Barnet is graded higher: Good against Dudley's Adequate.");

    const capacity = ratingRow(page, "Capacity for improvement");
    await expect(capacity).toContainText("Same grade.");
    await expect(capacity).not.toContainText("Differs");

    await expect(ratingRow(page, "Being Healthy")).toContainText("Barnet is graded higher: Good against Dudley's Adequate.");
    await expect(page.getByText("3 of 6 judgements differ.")).toBeVisible();
  });

  test("shows context figures raw and per 10,000 children", async ({ page }) => {
    const table = page.getByRole("table", { name: /Context figures/ });
    const lac = table.getByRole("row").filter({ hasText: "Looked after children" });
    await expect(lac.getByRole("cell")).toHaveText(["288", "32.5", "664", "88.7"]);
    const cpp = table.getByRole("row").filter({ hasText: "child protection plan" });
    await expect(cpp.getByRole("cell")).toHaveText(["269", "30.3", "222", "29.7"]);
    const population = table.getByRole("row").filter({ hasText: "Children and young people" });
    await expect(population.getByRole("cell")).toHaveText(["88,700", "", "74,830", ""]);
  });

  test("aligns findings by CQC outcome, each council in its own column", async ({ page }) => {
    const headings = page.locator(".compare-outcome h3");
    await expect(headings).toHaveText([
      "General – leadership and management",
      "Outcome 1: Involving Users",
      "Outcome 2: Consent",
      "Outcome 4: Care and welfare of people who use services",
      "Outcome 6: Co-operating with others",
      "Outcome 7: Safeguarding",
      "Outcome 11: Safety, availability and suitability of equipment",
      "Outcome 12: Staffing recruitment",
      "Outcome 13: Staffing numbers",
      "Outcome 14: Staffing support",
      "Outcome 16: Audit and monitoring",
      "Outcome 20: Notification of other incidents",
      "Outcome 21: Records",
    ]);
    const safeguarding = page.locator("section.compare-outcome", { has: page.locator("#outcome-7") });
    // Folded: the paragraphs are there, and open with their fold.
    await safeguarding.locator("summary").click();
    const [barnet, dudley] = [safeguarding.locator(".compare-grid__column").nth(0), safeguarding.locator(".compare-grid__column").nth(1)];
    await expect(barnet.getByRole("heading", { level: 4 })).toHaveText("Barnet");
    await expect(barnet.locator(".finding__ref")).toHaveText(["6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7"]);
    await expect(dudley.locator(".finding__ref")).toHaveText(["6.1", "6.2", "6.3", "6.4"]);
    await expect(barnet.getByRole("link", { name: "Barnet paragraph 6.5" })).toHaveAttribute("href", "/authorities/barnet#p-6-5");
    await expect(barnet).toContainText("Safeguarding arrangements for children with disabilities");
  });

  test("lists both councils' recommendations", async ({ page }) => {
    const section = page.locator("section", { has: page.locator("h2#recommendations") });
    await expect(section).toContainText("Barnet's report: 5 recommendations; Dudley's report: 12 recommendations.");
    await section.locator("summary").click();
    const [barnet, dudley] = [section.locator(".compare-grid__column").nth(0), section.locator(".compare-grid__column").nth(1)];
    await expect(barnet.locator(".recommendation-list li")).toHaveCount(5);
    await expect(dudley.locator(".recommendation-list li")).toHaveCount(12);
    await expect(barnet.getByRole("heading", { name: /Within 6 months/ })).toContainText("due 24 August 2012");
    await expect(dudley.getByRole("heading", { name: /Within 3 months/ })).toContainText("due 25 April 2012");
  });

  test("on a phone, shows each judgement's two grades and the difference without scrolling sideways", async ({ page, setViewport }) => {
    await setViewport("phone");
    const rows = page
      .getByRole("table", { name: /Ratings of/ })
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader") });
    await expect(rows).toHaveCount(6);
    for (const row of await rows.all()) {
      // Scrolled down to the row, never across: every cell must already be in full view.
      await row.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 100));
      expect(await page.evaluate(() => window.scrollX)).toBe(0);
      await expect(row.getByRole("rowheader")).toBeInViewport({ ratio: 1 });
      for (const cell of await row.getByRole("cell").all()) await expect(cell).toBeInViewport({ ratio: 1 });
    }
    // Each grade is labelled with its council, as the column headings are out of sight.
    const overall = ratingRow(page, "Overall effectiveness of the safeguarding services").first();
    await expect(overall.getByRole("cell").nth(0)).toHaveAttribute("data-label", "Barnet");
    await expect(overall.getByRole("cell").nth(1)).toHaveAttribute("data-label", "Dudley");
    await expect(overall.getByRole("cell").nth(2)).toHaveText("Differs Barnet is graded higher: Good against Dudley's Adequate.");

    const lac = page
      .getByRole("table", { name: /Context figures/ })
      .getByRole("row")
      .filter({ hasText: "Looked after children" });
    await lac.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 100));
    for (const cell of await lac.getByRole("cell").all()) await expect(cell).toBeInViewport({ ratio: 1 });
    await expect(lac.getByRole("cell").nth(3)).toHaveAttribute("data-label", "Dudley, per 10,000 children");
  });

  test("prints without controls", async ({ page }) => {
    // Printed, every fold is open: the full-page screenshot is the longest of the suite.
    test.slow();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Compare" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.screenshot({ path: "e2e/screenshots/compare-print.png", fullPage: true });
  });
});

test.describe("choosing authorities", () => {
  test("the form and the swap link work", async ({ page }) => {
    await page.goto("/compare");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare two authorities");
    await page.getByLabel("First authority").selectOption("dudley");
    await page.getByLabel("Second authority").selectOption("barnet");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/\/compare\?a=dudley&b=barnet$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dudley and Barnet compared");
    await expect(ratingRow(page, "Overall effectiveness of the safeguarding services").first()).toContainText(
      "Barnet is graded higher: Good against Dudley's Adequate.",
    );
    await page.getByRole("link", { name: "Swap sides" }).click();
    await expect(page).toHaveURL(/\/compare\?a=barnet&b=dudley$/);
    await expect(page.getByLabel("First authority")).toHaveValue("barnet");
  });

  test("can be used with the keyboard alone", async ({ page }) => {
    await page.goto("/compare");
    await page.getByLabel("First authority").focus();
    await page.keyboard.press("ArrowDown"); // Dudley
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab"); // the "only paragraphs raising a concern" checkbox
    await expect(page.getByLabel("Show only paragraphs raising a concern")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Compare" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/a=dudley&b=dudley/);
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      "You chose Dudley twice. Choose two different authorities.",
    );
  });

  for (const [query, message] of [
    ["?a=barnet&b=barnet", "You chose Barnet twice. Choose two different authorities."],
    ["?a=barnet", "Choose a second authority to compare with Barnet."],
    ["?b=dudley", "Choose a second authority to compare with Dudley."],
    ["?a=barnet&b=nowhere", "There is no authority called 'nowhere'. Choose one from the list."],
    ["?a=Barnet!&b=dudley", "First authority is not an authority name in a URL (like 'barnet')"],
  ]) {
    test(`explains what is wrong with ${query}`, async ({ page }) => {
      const response = await page.goto(`/compare${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(message);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare two authorities");
      await expect(page.getByRole("button", { name: "Compare" })).toBeVisible();
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the compare form still works", async ({ page }) => {
    await page.goto("/compare");
    await page.getByLabel("First authority").selectOption("barnet");
    await page.getByLabel("Second authority").selectOption("dudley");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/\/compare\?a=barnet&b=dudley$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Barnet and Dudley compared");
  });
});

/** The hand reading of the two reports (e2e/data/compare-concern-themes.json), written before the rules. */
interface HandReading {
  councils: Record<string, { theme: string; level: "clear" | "borderline"; refs: string[] }[]>;
}
const hand: HandReading = JSON.parse(fs.readFileSync(new URL("./data/compare-concern-themes.json", import.meta.url), "utf8"));
const levelOf = (council: string, theme: string) => hand.councils[council].find((e) => e.theme === theme)?.level ?? "none";

test.describe("the answer first (issue 24)", () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/compare?a=barnet&b=dudley");
  });

  test("the first screen says which judgements differ and how, and the concerns raised on one side only", async ({ page }) => {
    const summary = page.getByRole("region", { name: "At a glance" });
    await expect(summary).toContainText("3 of 6 judgements differ:");
    await expect(summary.locator(".rating-differences li")).toHaveText([
      "Overall effectiveness of the safeguarding services: Good in Barnet, Adequate in Dudley.",
      "The contribution of health agencies to keeping children and young people safe: Good in Barnet, Adequate in Dudley.",
      "Being Healthy: Good in Barnet, Adequate in Dudley.",
    ]);
    const oneSided = summary.locator(".one-sided-theme");
    expect(await oneSided.count()).toBeGreaterThan(0);
    // All of it on the first screen at 1280 × 800, without scrolling.
    for (const part of [summary.locator(".rating-differences"), summary.locator(".one-sided-themes")]) {
      const box = (await part.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(800);
    }
  });

  test("the themes called a concern in one report only agree with a careful reading of both", async ({ page }) => {
    const shown = await page
      .locator(".one-sided-theme")
      .evaluateAll((items) => items.map((li) => ({ theme: li.getAttribute("data-theme")!, side: li.getAttribute("data-side")! })));
    // Every theme the hand reading finds plainly on one side and not at all on the other is listed, on that side.
    for (const [side, other] of [
      ["barnet", "dudley"],
      ["dudley", "barnet"],
    ])
      for (const { theme } of hand.councils[side].filter((e) => e.level === "clear" && levelOf(other, e.theme) === "none"))
        expect(shown, `${theme} is a concern in ${side} only`).toContainEqual({ theme, side });
    // And nothing listed contradicts it: the side named raises it, the other does not plainly.
    for (const { theme, side } of shown) {
      const other = side === "barnet" ? "dudley" : "barnet";
      expect(levelOf(side, theme), `${theme} is a concern in ${side}`).not.toBe("none");
      expect(levelOf(other, theme), `${theme} is not plainly a concern in ${other}`).not.toBe("clear");
    }
    // Dudley's records, a headline criticism, with their count and links that open the paragraphs.
    const records = page.locator('.one-sided-theme[data-theme="records"]');
    await expect(records).toContainText(/Records and systems: \d+ paragraphs of Dudley’s \(.*13\.1.*\), none of Barnet’s\./);
  });

  test("a link to a paragraph opens its fold, brings it into view and marks it", async ({ page }) => {
    const paragraph = page.locator("#dudley-p-13-1");
    await expect(paragraph).toBeHidden();
    await page.locator('.one-sided-theme[data-theme="records"]').getByRole("link", { name: "Dudley paragraph 13.1" }).click();
    await expect(page).toHaveURL(/#dudley-p-13-1$/);
    await expect(paragraph).toBeVisible();
    await expect(paragraph).toBeInViewport();
    // Marked while it is the target (:target).
    expect(await paragraph.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
  });

  test("counts each paragraph once, under its own tag", async ({ page }) => {
    for (const outcome of await page.locator(".compare-outcome").all()) {
      const counts = await outcome.locator(".outcome-glance__counts").allTextContents();
      const columns = outcome.locator(".compare-grid__column");
      for (const [i, words] of counts.entries()) {
        const paragraphs = await columns.nth(i).locator(".finding").count();
        if (words === "Not covered") continue;
        const [, total, parts] = words.match(/^(\d+) paragraphs?: (.*)$/)!;
        expect(Number(total)).toBe(paragraphs);
        const sum = parts.split(", ").reduce((n, part) => n + Number(part.split(" ")[0]), 0);
        expect(sum).toBe(paragraphs);
      }
    }
    // Dudley's general section has 3 paragraphs, not "2 concerns, 3 strengths".
    const general = page.locator(".compare-outcome", { has: page.locator("#outcome-general") });
    await expect(general.locator(".outcome-glance__counts").nth(1)).toHaveText(/^3 paragraphs: /);
  });

  test("folds open and close all together, and stay within the page-height budgets when closed", async ({ page, setViewport }) => {
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    expect(await height()).toBeLessThan(8000);
    await page.getByRole("button", { name: "Open all outcomes" }).click();
    await expect(page.locator("details[data-fold]:not([open])")).toHaveCount(0);
    expect(await height()).toBeGreaterThan(8000);
    await page.getByRole("button", { name: "Close all outcomes" }).click();
    await expect(page.locator("details[data-fold][open]")).toHaveCount(0);
    await setViewport("phone");
    expect(await height()).toBeLessThan(12000);
  });

  test("prints with every fold open", async ({ page }) => {
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#dudley-p-13-1")).toBeVisible();
  });
});

test.describe("without JavaScript, folds", () => {
  test.use({ javaScriptEnabled: false });

  test("still open, and a paragraph link opens its fold", async ({ page }) => {
    await page.goto("/compare?a=barnet&b=dudley#dudley-p-13-1");
    await expect(page.locator("#dudley-p-13-1")).toBeVisible();
    await expect(page.getByRole("button", { name: "Open all outcomes" })).toHaveCount(0);
    const consent = page.locator(".compare-outcome", { has: page.locator("#outcome-2") });
    await consent.locator("summary").click();
    await expect(consent.locator(".finding").first()).toBeVisible();
  });
});
