import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The value of a summary list row, by its key. */
function summaryValue(page: Page, key: string) {
  return page
    .locator(".summary-list__row")
    .filter({ has: page.locator("dt", { hasText: key }) })
    .locator("dd");
}

/** Cell texts of a table's body rows. */
async function bodyRows(page: Page, caption: string | RegExp) {
  const table = page.getByRole("table", { name: caption });
  return table
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll<HTMLElement>("th, td")).map((cell) => cell.innerText.replace(/\s+/g, " ").trim())),
    );
}

/** Each recommendation as [its deadline's heading, number, addressee, text, source], every deadline's fold opened. */
async function recommendationRows(page: Page) {
  const rows: string[][] = [];
  for (const group of await page.locator(".recommendation-group").all()) {
    await group.locator("summary").click();
    const heading = (await group.getByRole("heading", { level: 3 }).innerText()).trim();
    for (const row of await bodyRows(page, heading)) rows.push([heading, ...row]);
  }
  return rows;
}

test.describe("Barnet's report", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/authorities/barnet");
  });

  test("has the title, heading and metadata of the report", async ({ page }) => {
    await expect(page).toHaveTitle("Barnet – Children's services inspections");
    await expect(page.getByRole("heading", { level: 1, name: "Barnet" })).toBeVisible();

    await expect(summaryValue(page, "Inspection dates")).toHaveText("9 January 2012 to 20 January 2012");
    await expect(summaryValue(page, "Report date")).toHaveText("24 February 2012");
    await expect(summaryValue(page, "Commissioning PCT")).toHaveText("NHS Barnet (North Central London PCT cluster)");
    await expect(summaryValue(page, "CQC inspector")).toHaveText("Sue Talbot");
    await expect(summaryValue(page, "Provider services").getByRole("listitem")).toHaveText([
      "Central London Community Health NHS Trust",
      "Barnet and Chase Farm Hospital NHS Trust",
      "Barnet, Enfield and Haringey Mental Health Trust",
    ]);
    await expect(summaryValue(page, "CQC region")).toHaveText("London");
    await expect(summaryValue(page, "Regional director")).toHaveText("Matthew Trainer");
  });

  test("shows all six ratings as Good", async ({ page }) => {
    expect(await bodyRows(page, "Safeguarding services")).toEqual([
      ["Overall effectiveness of the safeguarding services", "Good"],
      ["Capacity for improvement", "Good"],
      ["The contribution of health agencies to keeping children and young people safe", "Good"],
    ]);
    expect(await bodyRows(page, "Services for looked after children")).toEqual([
      ["Overall effectiveness of services for looked after children and young people", "Good"],
      ["Capacity for improvement of the council and its partners", "Good"],
      ["Being Healthy", "Good"],
    ]);
    await expect(page.locator("#ratings ~ table .rating--good")).toHaveCount(6);
  });

  test("shows the context figures with rates per 10,000 children", async ({ page }) => {
    expect(await bodyRows(page, "Children in the area")).toEqual([
      ["Children and young people", "88,700", "– Not applicable"],
      ["Looked after children", "288", "32.5"],
      ["Children on a child protection plan", "269", "30.3"],
    ]);
    await expect(page.getByText(/^Approximately 88,700 children and young people aged 0 to 19 live in Barnet/)).toBeVisible();
  });

  test("has citable paragraphs with their refs as links", async ({ page }) => {
    // Findings are folded by section; a link to a paragraph opens its fold.
    await page.goto("/authorities/barnet#p-6-5");
    const paragraph = page.locator("#p-6-5");
    await expect(paragraph).toBeVisible();
    await expect(paragraph).toContainText("Safeguarding arrangements for children with disabilities");
    const ref = paragraph.getByRole("link", { name: "Paragraph 6.5" });
    await expect(ref).toHaveAttribute("href", "#p-6-5");
    await expect(ref).toHaveText("Paragraph 6.5");

    await ref.click();
    await expect(page).toHaveURL(/#p-6-5$/);
    await expect(paragraph).toBeInViewport();

    // Every paragraph has an anchor of its own.
    const ids = await page.locator(".report-para").evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBe(42);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^p-\d+-\d+$/.test(id))).toBe(true);
  });

  test("groups findings by outcome with a contents list", async ({ page }) => {
    const contents = page.getByRole("navigation", { name: "Contents" });
    // The sections are listed, and linked, in the findings at a glance table (once, not in the contents too).
    const glance = page.getByRole("table", { name: /Findings at a glance/ });
    const link = glance.getByRole("link", { name: "6. Outcome 7: Safeguarding" });
    await expect(link).toHaveAttribute("href", "#section-6");
    await expect(page.locator("#section-6")).toHaveText("6. Outcome 7: Safeguarding");
    await expect(glance.getByRole("link", { name: "1. General – leadership and management" })).toHaveAttribute("href", "#section-1");
    for (const id of ["ratings", "context", "findings", "recommendations", "next-steps"]) {
      await expect(contents.locator(`a[href="#${id}"]`)).toHaveCount(1);
      await expect(page.locator(`#${id}`)).toHaveCount(1);
    }
  });

  test("shows the footnote of paragraph 2.4 under its section", async ({ page }) => {
    const note = page.locator("#footnote-1");
    await expect(note).toContainText("Note 1");
    await expect(note).toContainText(
      "New national programme to enable local communities to have a stronger say about health and social care services",
    );
    // In the section's fold, closed: the links are there, and work once it opens.
    await expect(note.locator("a")).toHaveAttribute("href", "#p-2-4");
    // The note sits in section 2, and paragraph 2.4 links to it.
    await expect(page.locator("section", { has: page.locator("#section-2") }).locator("#footnote-1")).toHaveCount(1);
    await expect(page.locator('#p-2-4 a[href="#footnote-1"]')).toHaveText("(note 1)");
  });

  test("lists the 5 recommendations by deadline, folded under their counts, with sources", async ({ page }) => {
    const groups = page.locator(".recommendation-group");
    await expect(groups.locator("summary")).toHaveText(["2 recommendations, from CQC", "3 recommendations, from the joint Ofsted report"]);
    const rows = await recommendationRows(page);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ["Within 3 months, due by 24 May 2012", "1", "NHS Barnet and NHS providers"],
      ["Within 3 months, due by 24 May 2012", "2", "NHS Barnet and NHS providers"],
      ["Within 6 months, due by 24 August 2012", "3", "NHS Barnet and NHS providers"],
      ["Within 6 months, due by 24 August 2012", "4", "NHS Barnet and NHS providers"],
      ["Within 6 months, due by 24 August 2012", "5", "NHS Barnet and NHS providers"],
    ]);
    expect(rows.map((r) => r[4])).toEqual(["CQC", "CQC", "Ofsted", "Ofsted", "Ofsted Ofsted, February 2012"]);
    expect(rows[4][3]).toMatch(/^Appoint a designated doctor for looked after children/);
    await expect(
      page.getByRole("table", { name: "Within 6 months, due by 24 August 2012" }).getByText("Ofsted, February 2012"),
    ).toBeVisible();
  });

  test("a search result's link to a recommendation opens its fold at the row", async ({ page }) => {
    await page.goto("/search?q=%22designated+doctor%22");
    await page.getByRole("link", { name: "Barnet, Recommendation" }).click();
    await expect(page).toHaveURL(/\/authorities\/barnet#recommendation-5$/);
    const row = page.locator("#recommendation-5");
    await expect(row).toBeInViewport();
    await expect(row).toContainText("Appoint a designated doctor for looked after children");
    // Only the fold holding it is opened.
    await expect(page.locator(".recommendation-group details[open]")).toHaveCount(1);
  });

  test("shows the next steps and links to the JSON and to a comparison", async ({ page }) => {
    await expect(page.locator("#next-steps + p")).toHaveText(
      /^An action plan is required from the commissioning PCT within 20 working days/,
    );
    await expect(page.getByRole("link", { name: /Barnet’s latest report as JSON/ })).toHaveAttribute("href", "/api/authorities/barnet");
    await expect(page.getByRole("link", { name: "Compare Barnet with another authority" })).toHaveAttribute("href", "/compare?a=barnet");
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Local authorities" })).toHaveAttribute(
      "href",
      "/",
    );
    // One report only: no list of other reports, no warnings.
    await expect(page.getByRole("heading", { name: "Other reports" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Notes on this data" })).toHaveCount(0);
  });

  test("looks right on wide and narrow screens and in print", async ({ page }) => {
    // The screenshots at a desktop and a phone width are the accessibility spec's.
    // Printed, every fold is open: a full-page screenshot outlasts the default timeout on a busy machine.
    test.slow();
    await page.setViewportSize({ width: 375, height: 800 });
    // Nothing but the scrollable tables may be wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeHidden();
    await page.screenshot({ path: "e2e/screenshots/authority-barnet-print.png", fullPage: true });
  });
});

test.describe("Dudley's report", () => {
  test("shows its ratings, figures and 12 recommendations", async ({ page }) => {
    await page.goto("/authorities/dudley");
    await expect(page).toHaveTitle("Dudley – Children's services inspections");
    await expect(page.getByRole("heading", { level: 1, name: "Dudley" })).toBeVisible();
    await expect(summaryValue(page, "Inspection dates")).toHaveText("28 November 2011 to 9 December 2011");
    await expect(summaryValue(page, "Regional director")).toHaveText("Dr Andrea Gordon");

    const safeguarding = await bodyRows(page, "Safeguarding services");
    expect(safeguarding[0]).toEqual(["Overall effectiveness of the safeguarding services", "Adequate"]);
    await expect(
      page
        .getByRole("table", { name: "Safeguarding services" })
        .getByRole("row", { name: /Overall effectiveness of the safeguarding services/ })
        .locator(".rating--adequate"),
    ).toHaveText("Adequate");
    expect((await bodyRows(page, "Services for looked after children")).map((r) => r[1])).toEqual(["Good", "Good", "Adequate"]);

    expect(await bodyRows(page, "Children in the area")).toEqual([
      ["Children and young people", "74,830", "– Not applicable"],
      ["Looked after children", "664", "88.7"],
      ["Children on a child protection plan", "222", "29.7"],
    ]);

    const recommendations = await recommendationRows(page);
    expect(recommendations.map((r) => r[1])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]);
    expect(recommendations[0][0]).toBe("Within 3 months (from report), due by 25 April 2012");
    expect(recommendations[11][0]).toBe("Within 6 months (from report), due by 25 July 2012");
    expect(recommendations.filter((r) => r[4].startsWith("CQC"))).toHaveLength(2);

    // Dudley has no footnotes.
    await expect(page.locator(".footnotes")).toHaveCount(0);
  });
});

test.describe("asking for a report", () => {
  test("an unknown authority is a 404 with the page not found message", async ({ page }) => {
    const response = await page.goto("/authorities/nowhere");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page).toHaveTitle(/^Page not found/);
  });

  test("a web address that cannot be an authority is a 404 too", async ({ page }) => {
    const response = await page.goto("/authorities/Not%20a%20slug!");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });

  test("a report date that is not a date shows the latest report with a message", async ({ page }) => {
    const response = await page.goto("/authorities/barnet?report=yesterday");
    expect(response?.status()).toBe(200);
    const error = page.getByRole("alert", { name: "The report asked for could not be shown" });
    await expect(error).toContainText("The report date must be a real date written YYYY-MM-DD, like 2012-02-24.");
    await expect(error).toContainText("This is Barnet's latest report, of 24 February 2012.");
    await expect(page.getByRole("heading", { level: 1, name: "Barnet" })).toBeVisible();
    await expect(summaryValue(page, "Report date")).toHaveText("24 February 2012");
  });

  test("a report date with no report shows the latest report with a message", async ({ page }) => {
    const response = await page.goto("/authorities/barnet?report=2010-01-01");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert", { name: "The report asked for could not be shown" })).toContainText(
      "Barnet has no report dated 1 January 2010.",
    );
    await expect(summaryValue(page, "Report date")).toHaveText("24 February 2012");
  });

  test("the latest report's own date shows it without a message", async ({ page }) => {
    await page.goto("/authorities/barnet?report=2012-02-24");
    await expect(page.locator(".error-summary")).toHaveCount(0);
    await expect(page).toHaveTitle("Barnet – Children's services inspections");
    await expect(summaryValue(page, "Report date")).toHaveText("24 February 2012");
  });

  test("folds its findings by section under their counts and concerns, within the height budgets", async ({ page, setViewport }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/authorities/barnet");
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    // Issue 24's budgets, with every fold closed: 6,000 px at 1280 px and 9,000 px at 390 px.
    expect(await height()).toBeLessThan(6000);
    // Each section says how its paragraphs read, each counted once, and quotes its concerns.
    for (const section of await page.locator(".findings-section").all()) {
      const words = (await section.locator(".section-glance__counts").textContent())!;
      const [, total, parts] = words.match(/^(\d+) paragraphs?: (.*)$/)!;
      const paragraphs = await section.locator(".report-para").count();
      expect(Number(total)).toBe(paragraphs);
      expect(parts.split(", ").reduce((n, part) => n + Number(part.split(" ")[0]), 0)).toBe(paragraphs);
    }
    const safeguarding = page.locator(".findings-section", { has: page.locator("#section-6") });
    await expect(safeguarding.locator(".concern-excerpts")).toContainText("Safeguarding arrangements for children with disabilities");
    // A concern's ref opens the fold at its paragraph.
    await safeguarding.locator(".concern-excerpts").getByRole("link", { name: "Paragraph 6.5" }).click();
    await expect(page.locator("#p-6-5")).toBeInViewport();
    await page.getByRole("button", { name: "Open all sections" }).click();
    await expect(page.locator("details[data-fold]:not([open])")).toHaveCount(0);
    await page.getByRole("button", { name: "Close all sections" }).click();
    await setViewport("phone");
    expect(await height()).toBeLessThan(9000);
  });

  test("Dudley's page, the longer report (13 sections, 12 recommendations), is within the budgets too", async ({ page, setViewport }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/authorities/dudley");
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    expect(await height()).toBeLessThan(6000);
    await setViewport("phone");
    expect(await height()).toBeLessThan(9000);
  });

  test("downloads its findings as CSV for a spreadsheet", async ({ page, request }) => {
    await page.goto("/authorities/barnet");
    await expect(page.getByRole("link", { name: /Download the findings as CSV/ })).toHaveAttribute(
      "href",
      "/api/authorities/barnet?format=csv",
    );
    const csv = await request.get("/api/authorities/barnet?format=csv");
    expect(csv.headers()["content-disposition"]).toBe('attachment; filename="barnet-findings-2012-02-24.csv"');
    const text = await csv.text();
    // A byte-order mark, so that Excel reads UTF-8 (docs/decisions/0012-csv-for-excel.md), and absolute links.
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("section,outcome,outcome_title,ref,assessment,assessed_by,concern_themes,themes,text,link");
    expect(lines).toHaveLength(43);
    expect(lines.find((l) => l.includes(",6.5,"))).toMatch(/,http:\/\/127\.0\.0\.1:\d+\/authorities\/barnet#p-6-5$/);
  });

  test("the page is keyboard usable: Tab reaches the contents and the paragraph links", async ({ page }) => {
    await page.goto("/authorities/barnet");
    const target = page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "Recommendations" });
    for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(target).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#recommendations$/);
  });
});
