import fs from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { parseCsv } from "./csv";
import { expect, test } from "./fixtures";

// The seed reports hold 17 recommendations: Barnet (report 24 February 2012)
// 2 due within 3 months (24 May 2012) and 3 within 6 months (24 August 2012),
// 3 of them from the joint Ofsted report; Dudley (report 25 January 2012) 9
// within 3 months (25 April 2012) and 3 within 6 months (25 July 2012), 10 of
// them from Ofsted.

const rows = (page: Page) => page.locator("table.register-table tbody tr");
const count = (page: Page) => page.locator("#results-count");
// Next adds an empty role=alert route announcer of its own: find the error summary by its title.
const summary = (page: Page) => page.getByRole("alert", { name: "There is a problem" });

/** Each row as [authority, due date (ISO, from <time datetime>), source]. */
async function rowSummaries(page: Page): Promise<string[][]> {
  return rows(page).evaluateAll((trs) =>
    trs.map((tr) => [
      tr.querySelector(".register-table__authority-name")?.textContent ?? "",
      tr.querySelector(".register-table__due-date")?.getAttribute("datetime") ?? "",
      tr.querySelector(".register-table__source .tag")?.textContent ?? "",
    ]),
  );
}

/** Presses Tab until `target` has focus (the date inputs' parts are tab stops of their own). */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("could not reach the element with Tab");
}

test.describe("recommendations register", () => {
  test("lists every recommendation, soonest due first", async ({ page }) => {
    await page.goto("/recommendations");
    await expect(page).toHaveTitle("Recommendations – Children's services inspections");
    await expect(page.getByRole("heading", { level: 1, name: "Recommendations" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Recommendations" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(count(page)).toHaveText("17 recommendations");
    await expect(rows(page)).toHaveCount(17);
    await expect(page.getByRole("heading", { name: "Filters applied" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Clear all filters" })).toHaveCount(0);

    const table = page.getByRole("table", { name: "Recommendations, soonest due first" });
    await expect(table.getByRole("columnheader")).toHaveText(["Authority", "Due", "Recommendation", "Source"]);
    const summaries = await rowSummaries(page);
    expect(summaries.map((r) => r[1])).toEqual([
      ...Array(9).fill("2012-04-25"),
      "2012-05-24",
      "2012-05-24",
      ...Array(3).fill("2012-07-25"),
      ...Array(3).fill("2012-08-24"),
    ]);

    // One row in full: links to the authority and its report, the due date in words, who it is for, source and attribution.
    const doctor = rows(page).filter({ hasText: "appoint a designated doctor" });
    await expect(doctor.getByRole("link", { name: "Barnet", exact: true })).toHaveAttribute("href", "/authorities/barnet");
    await expect(doctor.getByRole("link", { name: "Barnet report of 24 February 2012" })).toHaveAttribute("href", "/authorities/barnet");
    await expect(doctor.locator("time.register-table__due-date")).toHaveText("24 August 2012");
    await expect(doctor.locator("time.register-table__due-date")).toHaveAttribute("datetime", "2012-08-24");
    await expect(doctor).toContainText("Within 6 months");
    await expect(doctor).toContainText("NHS Barnet and NHS providers");
    await expect(doctor.locator(".tag")).toHaveText("Ofsted");
    await expect(doctor).toContainText("Ofsted, February 2012");

    const cqc = rows(page).filter({ hasText: "address gaps in the staffing capacity" });
    await expect(cqc.locator(".tag")).toHaveText("CQC");
    await expect(cqc.locator("time.register-table__due-date")).toHaveText("25 July 2012");
    await expect(cqc).toContainText("Within 6 months (from report)");
  });

  test("deadline=6 lists the six 6-month recommendations of both reports", async ({ page }) => {
    await page.goto("/recommendations?deadline=6");
    await expect(count(page)).toHaveText("6 recommendations match");
    expect(await rowSummaries(page)).toEqual([
      ["Dudley", "2012-07-25", "Ofsted"],
      ["Dudley", "2012-07-25", "Ofsted"],
      ["Dudley", "2012-07-25", "CQC"],
      ["Barnet", "2012-08-24", "Ofsted"],
      ["Barnet", "2012-08-24", "Ofsted"],
      ["Barnet", "2012-08-24", "Ofsted"],
    ]);
    await expect(rows(page).filter({ hasText: "25 July 2012" })).toHaveCount(3);
    await expect(rows(page).filter({ hasText: "24 August 2012" })).toHaveCount(3);
    // The form shows the filter in use; its options come from the data, with counts.
    const deadline = page.getByLabel("Deadline");
    await expect(deadline).toHaveValue("6");
    await expect(deadline.locator("option")).toHaveText(["Any deadline", "Within 3 months (11)", "Within 6 months (6)"]);
    await expect(page.getByLabel("Authority")).toHaveValue("");
  });

  test("filters by deadline, source and authority", async ({ page }) => {
    await page.goto("/recommendations?deadline=3");
    await expect(count(page)).toHaveText("11 recommendations match");
    await expect(rows(page)).toHaveCount(11);

    await page.goto("/recommendations?source=Ofsted");
    await expect(count(page)).toHaveText("13 recommendations match");
    const bySource = await rowSummaries(page);
    expect(bySource.filter((r) => r[0] === "Dudley")).toHaveLength(10);
    expect(bySource.filter((r) => r[0] === "Barnet")).toHaveLength(3);
    expect(new Set(bySource.map((r) => r[2]))).toEqual(new Set(["Ofsted"]));
    await expect(page.getByLabel("Source")).toHaveValue("Ofsted");

    // Lower case works too: the URL is forgiving, the form shows the canonical value.
    await page.goto("/recommendations?source=cqc");
    await expect(count(page)).toHaveText("4 recommendations match");

    await page.goto("/recommendations?authority=barnet&deadline=3");
    await expect(count(page)).toHaveText("2 recommendations match");
    expect(await rowSummaries(page)).toEqual([
      ["Barnet", "2012-05-24", "CQC"],
      ["Barnet", "2012-05-24", "CQC"],
    ]);
    await expect(page.getByLabel("Authority")).toHaveValue("barnet");
  });

  test("searches the text", async ({ page }) => {
    await page.goto("/recommendations?q=designated+doctor");
    await expect(count(page)).toHaveText("1 recommendation matches");
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText(
      "appoint a designated doctor for looked after children to strengthen the capacity of health staff",
    );
    await expect(rows(page).first()).toContainText("Barnet");
    await expect(page.getByLabel("Search the text")).toHaveValue("designated doctor");

    await page.goto("/recommendations?q=DSCB+members&authority=dudley&deadline=6");
    await expect(count(page)).toHaveText("2 recommendations match");

    await page.goto("/recommendations?q=%25");
    await expect(count(page)).toHaveText("No recommendations match");
    await expect(page.getByText("No recommendations match these filters.")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  });

  test("filters by due date, on or before and on or after", async ({ page }) => {
    await page.goto("/recommendations?dueBefore=2012-05-24");
    await expect(count(page)).toHaveText("11 recommendations match");
    await expect(page.getByLabel("Due on or before")).toHaveValue("2012-05-24");

    await page.goto("/recommendations?dueBefore=2012-05-23");
    await expect(count(page)).toHaveText("9 recommendations match");
    expect(new Set((await rowSummaries(page)).map((r) => r[0]))).toEqual(new Set(["Dudley"]));

    await page.goto("/recommendations?dueAfter=2012-05-01");
    await expect(count(page)).toHaveText("8 recommendations match");

    await page.goto("/recommendations?dueAfter=2012-05-01&dueBefore=2012-07-31");
    expect(await rowSummaries(page)).toEqual([
      ["Barnet", "2012-05-24", "CQC"],
      ["Barnet", "2012-05-24", "CQC"],
      ["Dudley", "2012-07-25", "Ofsted"],
      ["Dudley", "2012-07-25", "Ofsted"],
      ["Dudley", "2012-07-25", "CQC"],
    ]);

    // Every filter at once.
    await page.goto("/recommendations?deadline=6&authority=dudley&source=Ofsted&dueAfter=2012-07-25&dueBefore=2012-07-25&q=partnership");
    await expect(count(page)).toHaveText("1 recommendation matches");
    await expect(rows(page).first()).toContainText("strengthen quality assurance and auditing systems across the partnership");
  });

  test("shows the filters applied; each can be removed, or all cleared", async ({ page }) => {
    await page.goto("/recommendations?deadline=6&authority=barnet&source=Ofsted&q=ensure");
    await expect(count(page)).toHaveText("2 recommendations match");
    const applied = page.locator(".applied-filters");
    await expect(applied.getByRole("heading", { name: "Filters applied" })).toBeVisible();
    await expect(applied.getByRole("listitem")).toHaveText([
      "Remove filter Deadline: Within 6 months×",
      "Remove filter Authority: Barnet×",
      "Remove filter Source: Ofsted×",
      "Remove filter Containing: “ensure”×",
    ]);

    await applied.getByRole("link", { name: "Remove filter Authority: Barnet" }).click();
    await expect(page).toHaveURL("/recommendations?deadline=6&source=Ofsted&q=ensure");
    await expect(count(page)).toHaveText("4 recommendations match");
    await expect(page.getByLabel("Authority")).toHaveValue("");

    await applied.getByRole("link", { name: "Remove filter Containing: “ensure”" }).click();
    await expect(page).toHaveURL("/recommendations?deadline=6&source=Ofsted");
    await expect(count(page)).toHaveText("5 recommendations match");

    await page.getByRole("link", { name: "Clear all filters" }).click();
    await expect(page).toHaveURL("/recommendations");
    await expect(count(page)).toHaveText("17 recommendations");
    await expect(page.getByLabel("Deadline")).toHaveValue("");
  });

  test("the form applies the chosen filters and gives a short URL", async ({ page }) => {
    await page.goto("/recommendations");
    await page.getByLabel("Deadline").selectOption("6");
    await page.getByLabel("Authority").selectOption({ label: "Barnet" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    // Fields left empty are dropped from the URL.
    await expect(page).toHaveURL("/recommendations?deadline=6&authority=barnet");
    await expect(count(page)).toHaveText("3 recommendations match");

    await page.getByLabel("Due on or after").fill("2012-08-24");
    await page.getByLabel("Search the text").fill("designated doctor");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL("/recommendations?q=designated+doctor&deadline=6&authority=barnet&dueAfter=2012-08-24");
    await expect(count(page)).toHaveText("1 recommendation matches");
  });

  test("invalid parameters show an error summary, not a server error", async ({ page }) => {
    const response = await page.goto("/recommendations?deadline=abc&dueBefore=2012-13-45&source=nope");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/^Error: Recommendations/);
    const errors = summary(page);
    await expect(errors.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(errors.getByRole("link")).toHaveText([
      "Select a deadline from the list: ‘abc’ is not a deadline",
      "Select CQC or Ofsted as the source: ‘nope’ is not a source",
      "Enter a real date for ‘Due on or before’, like 2012-05-24: ‘2012-13-45’ is not a date",
    ]);
    await expect(errors.getByRole("link").nth(0)).toHaveAttribute("href", "#deadline");
    await expect(errors.getByRole("link").nth(2)).toHaveAttribute("href", "#dueBefore");
    // Each field says what is wrong with it; no results are shown for a request that is not understood.
    await expect(page.locator("#deadline-error")).toContainText("‘abc’ is not a deadline");
    await expect(page.getByLabel("Deadline")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#source-error")).toBeVisible();
    await expect(page.locator("#dueBefore-error")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Clear all filters" })).toHaveAttribute("href", "/recommendations");

    // The summary's links move focus to the field.
    await errors.getByRole("link").nth(0).click();
    await expect(page.getByLabel("Deadline")).toBeFocused();
  });

  test("other invalid values: dates the wrong way round, a bad page, a long search", async ({ page }) => {
    await page.goto("/recommendations?dueAfter=2012-09-01&dueBefore=2012-01-01");
    await expect(summary(page)).toContainText("‘Due on or after’ must be the same as or before ‘Due on or before’");

    await page.goto("/recommendations?page=abc");
    await expect(summary(page)).toContainText("Enter a page number of 1 or more: ‘abc’ is not a page number");

    await page.goto(`/recommendations?q=${"a".repeat(201)}`);
    await expect(summary(page)).toContainText("Search text must be 200 characters or fewer");

    await page.goto("/recommendations?authority=Not%20A%20Slug");
    await expect(summary(page)).toContainText("Select an authority from the list: ‘Not A Slug’ is not an authority");
  });

  test("well-formed values the data does not have match nothing, and the form still shows them", async ({ page }) => {
    await page.goto("/recommendations?authority=nowhere&deadline=12");
    await expect(count(page)).toHaveText("No recommendations match");
    await expect(page.getByLabel("Authority")).toHaveValue("nowhere");
    await expect(page.getByLabel("Authority").locator("option:checked")).toHaveText("nowhere (no recommendations)");
    await expect(page.getByLabel("Deadline").locator("option:checked")).toHaveText("Within 12 months (0)");
    await expect(page.locator(".applied-filters").getByRole("listitem")).toHaveText([
      "Remove filter Deadline: Within 12 months×",
      "Remove filter Authority: nowhere×",
    ]);
  });

  test("a page past the end says so and links back", async ({ page }) => {
    await page.goto("/recommendations?deadline=6&page=2");
    await expect(count(page)).toHaveText("6 recommendations match");
    await expect(page.getByText("There is no page 2: the results fit on one page.")).toBeVisible();
    await page.getByRole("link", { name: "Go to the first page" }).click();
    // Back at the count, where the reader was.
    await expect(page).toHaveURL("/recommendations?deadline=6#results-count");
    await expect(rows(page)).toHaveCount(6);
    // One page of results: no pagination.
    await expect(page.getByRole("navigation", { name: "Results pages" })).toHaveCount(0);
  });

  test("downloads the filtered list as CSV", async ({ page }) => {
    await page.goto("/recommendations?deadline=6");
    const link = page.getByRole("link", { name: /^CSV/ });
    await expect(link).toHaveAttribute("href", "/api/recommendations?deadline=6&format=csv");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("recommendations.csv");
    const text = fs.readFileSync(await download.path(), "utf8");
    // A byte-order mark first, for Excel (docs/decisions/0012-csv-for-excel.md).
    expect(text.startsWith("\uFEFF")).toBe(true);
    const csv = parseCsv(text.slice(1));
    expect(csv[0]).toEqual([
      "authority",
      "authority_slug",
      "la_number",
      "ons_code",
      "ons_region",
      "report_date",
      "deadline",
      "deadline_key",
      "due_date",
      "addressee",
      "text",
      "source",
      "attribution",
    ]);
    expect(csv).toHaveLength(7);
    expect(csv.slice(1).map((r) => [r[0], r[1], r[5], r[6], r[7], r[8], r[11], r[12]])).toEqual([
      ["Dudley", "dudley", "2012-01-25", "Within 6 months (from report)", "6", "2012-07-25", "Ofsted", "Ofsted, January 2012"],
      ["Dudley", "dudley", "2012-01-25", "Within 6 months (from report)", "6", "2012-07-25", "Ofsted", "Ofsted, January 2012"],
      ["Dudley", "dudley", "2012-01-25", "Within 6 months (from report)", "6", "2012-07-25", "CQC", ""],
      ["Barnet", "barnet", "2012-02-24", "Within 6 months", "6", "2012-08-24", "Ofsted", ""],
      ["Barnet", "barnet", "2012-02-24", "Within 6 months", "6", "2012-08-24", "Ofsted", ""],
      ["Barnet", "barnet", "2012-02-24", "Within 6 months", "6", "2012-08-24", "Ofsted", "Ofsted, February 2012"],
    ]);
    expect(csv[6][9]).toBe("NHS Barnet and NHS providers");
    expect(csv[6][10]).toMatch(/^appoint a designated doctor for looked after children/);
    // Cells with commas are quoted; rows end in CRLF.
    expect(text).toContain(',"Ofsted, January 2012"\r\n');
    expect(text.endsWith("\r\n")).toBe(true);
  });

  test("downloads the filtered list as JSON", async ({ page, request }) => {
    await page.goto("/recommendations?authority=barnet&deadline=3");
    const href = await page.getByRole("link", { name: /^JSON/ }).getAttribute("href");
    expect(href).toBe("/api/recommendations?deadline=3&authority=barnet&format=json");
    const response = await request.get(href!);
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="recommendations.json"');
    const body = await response.json();
    expect(body.total).toBe(2);
    expect(body.recommendations.map((r: { dueDate: string; source: string }) => [r.dueDate, r.source])).toEqual([
      ["2012-05-24", "CQC"],
      ["2012-05-24", "CQC"],
    ]);
  });

  test("the filters can be used with the keyboard alone", async ({ page }) => {
    await page.goto("/recommendations");
    const deadline = page.getByLabel("Deadline");
    await tabTo(page, deadline);
    await expect(deadline).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(deadline).toHaveValue("3");
    const apply = page.getByRole("button", { name: "Apply filters" });
    await tabTo(page, apply);
    await expect(apply).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]deadline=3(&|$)/);
    await expect(count(page)).toHaveText("11 recommendations match");

    // The remove links are reachable and work from the keyboard too.
    const remove = page.getByRole("link", { name: "Remove filter Deadline: Within 3 months" });
    await tabTo(page, remove);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/recommendations");
  });

  test("prints the list without the controls", async ({ page }) => {
    await page.goto("/recommendations?deadline=6");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("form.filter-panel")).toBeHidden();
    await expect(page.locator(".register-downloads")).toBeHidden();
    await expect(page.getByRole("link", { name: "Clear all filters" })).toBeHidden();
    // What was filtered stays, to say what the printout is.
    await expect(page.locator(".applied-filters")).toContainText("Deadline: Within 6 months");
    await expect(rows(page)).toHaveCount(6);
    await expect(rows(page).first()).toBeVisible();
  });
});

test.describe("recommendations register without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form and the filter links work", async ({ page }) => {
    await page.goto("/recommendations");
    await page.getByLabel("Deadline").selectOption("6");
    await page.getByLabel("Source").selectOption("Ofsted");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL("/recommendations?deadline=6&source=Ofsted");
    await expect(count(page)).toHaveText("5 recommendations match");
    await expect(rows(page)).toHaveCount(5);

    await page.getByRole("link", { name: "Remove filter Source: Ofsted" }).click();
    await expect(page).toHaveURL("/recommendations?deadline=6");
    await expect(count(page)).toHaveText("6 recommendations match");

    await page.goto("/recommendations?deadline=abc");
    await expect(summary(page)).toContainText("‘abc’ is not a deadline");
  });
});
