import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { COUNCILS_SERVER } from "./servers";

/*
 * Finding one's way among 150 councils (issue 26), on the server of 150
 * synthetic councils plus Barnet and Dudley (scripts/prepare-e2e-councils-db.ts):
 * every council field is typed there, as there are too many to list.
 * Names below were read off that database, not produced by the matcher.
 */
const SERVER = COUNCILS_SERVER.baseURL;
/** Part of a name that several synthetic councils share. */
const SHARED_PART = "Walwell";
/** The councils whose names SHARED_PART is part of, A to Z. */
const SHARING = ["Synthetic East Walwell", "Synthetic Walwell", "Synthetic West Walwell"];
/** Part of a name that one council alone has, and that council. */
const UNIQUE_PART = "wellmouth";
const UNIQUE_NAME = "Synthetic Market Wellmouth";

test.use({ baseURL: SERVER });
// A comparison page is long to draw on a busy machine: room for a few of them in one test.
test.describe.configure({ timeout: 90_000 });

/** The bounding boxes of a region and of an element in it. */
async function boxes(page: Page, region: string, inside: string) {
  const [outer, inner] = await Promise.all([page.locator(region).boundingBox(), page.locator(inside).first().boundingBox()]);
  return { outer: outer!, inner: inner! };
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a council field offers the councils a part of a name matches, and takes one that matches one", async ({ page }) => {
    await page.goto(`/compare?a=${encodeURIComponent(SHARED_PART.toLowerCase())}&b=302`);
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText(`${SHARING.length} councils match '${SHARED_PART.toLowerCase()}'. Choose one.`);
    const choices = page.getByRole("list", { name: "Choose a council" });
    await expect(choices.getByRole("link")).toHaveText(SHARING);
    // The other side, given by its LA number, is kept as the council it found.
    await expect(choices.getByRole("link").first()).toHaveAttribute("href", /^\/compare\?a=synthetic-[a-z-]+&b=barnet$/);
    await choices.getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${SHARING[0]} and Barnet compared`);
    await expect(page.getByLabel("First authority")).toHaveValue(SHARING[0]);

    await page.goto(`/recommendations?authority=${encodeURIComponent(UNIQUE_PART)}`);
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(page.getByLabel("Authority")).toHaveValue(UNIQUE_NAME);
    await page.goto("/search?q=CAMHS&authority=e09000003");
    await expect(page.getByLabel("Authority")).toHaveValue("Barnet");
    await expect(page.getByRole("heading", { level: 2 }).first()).toContainText("results");

    // A theme page's council field: the choices keep the other filter, and the one chosen narrows the evidence.
    await page.goto(`/themes/records?authority=${SHARED_PART.toLowerCase()}&assessment=concern`);
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      `${SHARING.length} councils match '${SHARED_PART.toLowerCase()}'. Choose one.`,
    );
    const themeChoices = page.getByRole("list", { name: "Choose a council" });
    await expect(themeChoices.getByRole("link")).toHaveText(SHARING);
    await expect(themeChoices.getByRole("link").last()).toHaveAttribute(
      "href",
      /^\/themes\/records\?authority=synthetic-[a-z-]+&assessment=concern$/,
    );
    await themeChoices.getByRole("link").last().click();
    await expect(page.getByLabel("Council", { exact: true })).toHaveValue(SHARING.at(-1)!);
    await expect(page.locator("#results-count")).toHaveText(new RegExp(` in ${SHARING.at(-1)}$`));
    await page.goto(`/themes/records?authority=${UNIQUE_PART}`);
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(page.getByLabel("Council", { exact: true })).toHaveValue(UNIQUE_NAME);
    await expect(page.locator("#results-count")).toHaveText(new RegExp(` in ${UNIQUE_NAME}$`));
    // Dudley by its LA number, Barnet by its ONS code.
    await page.goto("/themes/records?authority=332");
    await expect(page.getByLabel("Council", { exact: true })).toHaveValue("Dudley");
    await expect(page.locator("#results-count")).toHaveText(/ in Dudley$/);
    await page.goto("/themes/records?authority=E09000003");
    await expect(page.getByLabel("Council", { exact: true })).toHaveValue("Barnet");
    await expect(page.locator("#results-count")).toHaveText(/ in Barnet$/);
  });

  test("the header search lists the councils it names before the paragraphs", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("search", { name: "Site search" });
    await box.getByLabel("Search findings and recommendations").fill(SHARED_PART);
    await box.getByRole("button", { name: "Search" }).click();
    const councils = page.getByRole("region", { name: "Councils matching your search" });
    await expect(councils.getByRole("link")).toHaveText(SHARING);
    // Before the paragraphs.
    const [list, first] = await Promise.all([councils.boundingBox(), page.locator(".search-result").first().boundingBox()]);
    if (first) expect(list!.y).toBeLessThan(first.y);
    await page.goto("/search?q=302");
    await expect(page.getByRole("region", { name: "Council matching your search" }).getByRole("link")).toHaveText("Barnet");
  });

  test("the home page filters by region and by grade, counts the matches, and explains bad values", async ({ page, request }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/");
    await page.getByLabel("Region").selectOption("London");
    await page.getByRole("button", { name: "Apply filters" }).click();
    // The form sends every field, the empty grade too, and comes back to the table.
    await expect(page).toHaveURL(/\/\?region=London&judgement=safeguarding&grade=#authorities$/);
    const count = page.locator("#authorities-count");
    await expect(count).toHaveText(/^\d+ authorities of 152: in London$/);
    const london = Number((await count.textContent())!.split(" ")[0]);
    const table = page.getByRole("table", { name: /authorities, sorted by authority name/ });
    await expect(table.locator("tbody tr")).toHaveCount(london);
    await expect(table.locator("tbody tr td:nth-child(2)")).toHaveText(Array(london).fill("London"));

    // Every council Inadequate on overall safeguarding, anywhere.
    await page.goto("/?grade=inadequate&judgement=safeguarding");
    await expect(count).toHaveText(/^\d+ authorit(y|ies) of 152: Inadequate on overall safeguarding$/);
    const inadequate = Number((await count.textContent())!.split(" ")[0]);
    expect(inadequate).toBeGreaterThan(0);
    const matrix = page.getByRole("table", { name: /^Ratings of the latest inspection/ });
    await expect(matrix.locator("tbody tr td:nth-child(2)")).toHaveText(Array(inadequate).fill("Inadequate"));

    await page.goto("/?region=Narnia&grade=poor");
    const summary = page.getByRole("alert", { name: "There is a problem" });
    await expect(summary).toContainText("Region is not an English region");
    await expect(summary).toContainText("Grade must be Outstanding, Good, Adequate or Inadequate");
    await expect(summary).toContainText("The authorities are shown without those filters.");
    expect((await request.get(`${SERVER}/api/authorities?region=Narnia`)).status()).toBe(400);
    const api = await (await request.get(`${SERVER}/api/authorities?grade=Inadequate`)).json();
    expect(api.total).toBe(inadequate);
  });

  test("the home table keeps its headings and councils in view, its pages say which names they hold, and it fits, sorted or not", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/?sort=being-healthy&dir=desc");
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(6000);

    // All six judgements in view at 1280 px: the matrix does not scroll sideways.
    const region = '[role="region"][aria-labelledby="matrix-caption"]';
    const fits = await page.locator(region).evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    await expect(page.locator(`${region} th[aria-sort]`)).toHaveAttribute("aria-sort", "descending");

    // Scrolled down inside the region, the headings stay at its top.
    await page.locator(region).evaluate((el) => el.scrollTo(0, 600));
    const { outer, inner } = await boxes(page, region, `${region} thead th[scope="col"][aria-sort]`);
    expect(inner.y).toBeGreaterThanOrEqual(outer.y);
    expect(inner.y).toBeLessThan(outer.y + 80);

    // Page links say which names each page holds and come back to the table. The default view fits its budget too.
    await page.goto("/");
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6000);
    const pages = page.getByRole("navigation", { name: "Pages of authorities" });
    await expect(pages.getByRole("link", { name: /^Page 1, Barnet to Synthetic / })).toHaveAttribute("href", "/#authorities");
    await expect(pages.getByRole("link", { name: /^Page 1, / })).toContainText(/^1Barnet–Synthetic /);
    await expect(pages.getByRole("link", { name: /^Page 2, / })).toHaveAttribute("href", "/?page=2#authorities");

    // On a phone: one judgement, the chosen one, and the councils stay in view when the table scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/?judgement=being-healthy");
    await expect(page.locator(`${region} thead th[scope="col"]:visible`)).toHaveText([/^Authority/, /Being healthy/]);
    const authorities = '[role="region"][aria-labelledby="authorities-caption"]';
    await page.locator(authorities).evaluate((el) => el.scrollTo(400, 0));
    const sideways = await boxes(page, authorities, `${authorities} tbody td:first-child`);
    expect(Math.abs(sideways.inner.x - sideways.outer.x)).toBeLessThan(4);
  });
});

test("with JavaScript, a council field suggests councils as one types, by keyboard", async ({ page }) => {
  await page.goto("/compare");
  const input = page.getByRole("combobox", { name: "First authority" });
  await expect(input).toHaveAttribute("aria-expanded", "false");
  await input.pressSequentially(SHARED_PART.slice(0, 5).toLowerCase());
  // The autocomplete's listbox is named by the input (its id is the field's, __listbox).
  const listbox = page.locator("#a__listbox");
  await expect(listbox.getByRole("option")).toHaveText(SHARING.map((n) => new RegExp(`^${n}`)));
  await expect(input).toHaveAttribute("aria-expanded", "true");
  // The live region says how many match.
  const status = page.locator("#a__status--A, #a__status--B").filter({ hasText: `${SHARING.length} councils match.` });
  await expect(status).toHaveCount(1);
  await expect(status).toHaveAttribute("role", "status");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const second = listbox.getByRole("option").nth(1);
  await expect(second).toHaveAttribute("aria-selected", "true");
  await expect(second).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(input).toHaveValue(SHARING[1]);
  await expect(input).toHaveAttribute("aria-expanded", "false");

  const other = page.getByRole("combobox", { name: "Second authority" });
  await other.fill("302");
  await expect(page.locator("#b__listbox").getByRole("option")).toHaveText([/^Barnet/]);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(other).toHaveValue("Barnet");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${SHARING[1]} and Barnet compared`);
});
