import fs from "node:fs";
import { expect, test } from "./fixtures";

// Long pages (every paragraph tagged and marked) take axe a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

// The rules that tag paragraphs are being refined: these tests hold the
// structure, and only the readings any sensible rules agree on.

test.describe("findings as evidence on an authority's page", () => {
  test("tags every paragraph in words and marks its concern sentences", async ({ page }) => {
    await page.goto("/authorities/dudley");
    await page.getByRole("button", { name: "Open all sections" }).click();
    const paragraphs = page.locator(".report-para");
    const count = await paragraphs.count();
    expect(count).toBeGreaterThan(40);
    // Every paragraph carries exactly one tag, written out.
    await expect(page.locator(".report-para .tag")).toHaveCount(count);
    for (const text of await page.locator(".report-para .tag").allTextContents())
      expect(["Strength", "Concern", "Mixed", "Neutral"]).toContain(text);

    // Dudley 2.1: "Children and young people are not yet consistently involved…"
    const p21 = page.locator("#p-2-1");
    await expect(p21.locator(".tag")).toHaveText(/^(Concern|Mixed)$/);
    const marked = p21.locator("mark");
    await expect(marked.first()).toBeVisible();
    await expect(marked.first().locator(".sr-only")).toHaveText(/^Concern/);
    await expect(p21).toContainText("not yet consistently involved");

    // Dudley 3.1 "Consent is well managed…" is about consent, and links to the theme's evidence there.
    const consent = page.locator("#p-3-1").getByRole("link", { name: "Consent" });
    await expect(consent).toHaveAttribute("href", "/themes/consent?authority=dudley");
    // The themes line sits under the paragraph's text, about as wide (the same measure in its smaller type),
    // not in the narrow column of its number.
    const text = await page.locator("#p-3-1 > p").first().boundingBox();
    const themes = await page.locator("#p-3-1 .report-para__themes").boundingBox();
    expect(themes!.x).toBe(text!.x);
    expect(themes!.width).toBeGreaterThan(text!.width * 0.8);
  });

  test("sums the findings up per outcome, linking to each section", async ({ page }) => {
    await page.goto("/authorities/dudley");
    const table = page.getByRole("table", { name: /Findings at a glance/ });
    await expect(table.getByRole("columnheader")).toHaveText(["Section", "Strengths", "Concerns", "Mixed", "Neutral"]);
    await expect(table.getByRole("caption")).toBeVisible();
    const involving = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2. Outcome 1: Involving Users" }) });
    const cells = (await involving.getByRole("cell").allTextContents()).map(Number);
    // Each row's counts add up to the section's paragraphs.
    const sectionParagraphs = await page
      .locator(".findings-section", { has: page.locator("#section-2") })
      .locator(".report-para")
      .count();
    expect(cells.reduce((a, b) => a + b, 0)).toBe(sectionParagraphs);
    // Dudley 2.1 raises a concern, so the section has at least one concern or mixed paragraph.
    expect(cells[1] + cells[2]).toBeGreaterThan(0);
    await involving.getByRole("link").click();
    await expect(page).toHaveURL(/#section-2$/);
  });
});

test.describe("comparison that states differences", () => {
  test("says which themes each side raises as a concern, with refs linking to paragraphs", async ({ page }) => {
    await page.goto("/compare?a=barnet&b=dudley");
    const section = page.getByRole("region", { name: "At a glance" });
    await expect(section).toBeVisible();
    // Each outcome counts each side's paragraphs once, under its own tag: Dudley's 2.1 is one paragraph, not a concern and a strength.
    const involving = page.locator(".compare-outcome", { has: page.locator("#outcome-1") });
    await expect(involving.locator(".outcome-glance__counts").nth(1)).toHaveText(/^3 paragraphs: .*(concern|mixed)/);
    // The refs link to the paragraphs on this page, whose folds they open.
    const refs = section.getByRole("link", { name: /^(Barnet|Dudley) paragraph \d+\.\d+$/ });
    await expect(refs.first()).toHaveAttribute("href", /^#(barnet|dudley)-p-\d+-\d+$/);
  });

  test("shows only the paragraphs raising a concern when asked, from the GET form", async ({ page }) => {
    await page.goto("/compare?a=barnet&b=dudley");
    const all = await page.locator(".compare-outcome .finding").count();
    await page.getByLabel("Show only paragraphs raising a concern").check();
    // The folded paragraphs are counted all the same.
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/concerns=only/);
    await expect(page.getByRole("heading", { name: "Findings raising a concern, by CQC outcome" })).toBeVisible();
    await expect(page.getByLabel("Show only paragraphs raising a concern")).toBeChecked();
    const shown = page.locator(".compare-outcome .finding");
    expect(await shown.count()).toBeLessThan(all);
    for (const tag of await shown.locator(".tag").allTextContents()) expect(["Concern", "Mixed"]).toContain(tag);
    await page.getByRole("button", { name: "Open all outcomes" }).click();
    await expect(page.getByRole("link", { name: "Dudley paragraph 2.1" }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Swap sides" })).toHaveAttribute("href", "/compare?a=dudley&b=barnet&concerns=only");
  });

  test("gives the comparison as JSON and CSV, and refuses a bad option", async ({ request }) => {
    const json = await (await request.get("/api/compare?a=barnet&b=dudley&concerns=only")).json();
    expect(json.concernsOnly).toBe(true);
    const paragraphs = json.outcomes.flatMap(
      (o: { a: { paragraphs: { assessment: string }[] } | null; b: { paragraphs: { assessment: string }[] } | null }) => [
        ...(o.a?.paragraphs ?? []),
        ...(o.b?.paragraphs ?? []),
      ],
    );
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const p of paragraphs) expect(["concern", "mixed"]).toContain(p.assessment);
    expect(json.evidence.outcomes.length).toBeGreaterThan(10);
    for (const t of json.evidence.themes) expect(t.text).toMatch(/^.+: a concern in /);

    const csv = await request.get("/api/compare?a=barnet&b=dudley&format=csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toBe('attachment; filename="compare-barnet-dudley.csv"');
    const text = await csv.text();
    // For Excel: a byte-order mark and absolute links (docs/decisions/0012-csv-for-excel.md).
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("outcome,outcome_title,authority,la_number,ons_code,ons_region,ref,assessment,assessed_by,themes,text,link");
    expect(
      lines.some(
        (l) =>
          l.startsWith("1,Involving Users,Dudley,332,E08000027,West Midlands,2.1,") &&
          /,http:\/\/127\.0\.0\.1:\d+\/authorities\/dudley#p-2-1$/.test(l),
      ),
    ).toBe(true);

    const bad = await request.get("/api/compare?a=barnet&b=dudley&concerns=some");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).details).toEqual([
      { param: "concerns", message: "Concerns must be 'only' (or left out, for every paragraph)" },
    ]);
  });
});

test.describe("themes across councils", () => {
  test("shows councils by themes with counts in words, each linking to the evidence", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Themes" }).click();
    await expect(page).toHaveURL(/\/themes$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Themes across councils");
    // Themes as rows, councils as columns: at 1280 px every column is in sight.
    await page.setViewportSize({ width: 1280, height: 800 });
    const table = page.getByRole("table", { name: /Each theme in each council's latest report/ });
    await expect(table.getByRole("columnheader")).toHaveText(["Theme", "Barnet", "Dudley"]);
    await expect(table.getByRole("rowheader")).toHaveCount(19);
    for (const header of await table.getByRole("columnheader").all()) await expect(header).toBeInViewport({ ratio: 1 });
    const region = page.getByRole("region", { name: /Each theme in each council's latest report/ });
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    // Each cell: the balance in words, then every paragraph counted once under its own tag.
    for (const cell of await table.getByRole("cell").allTextContents())
      expect(cell).toMatch(
        /^(none|(Mostly concerns|More concerns|Even|More strengths|Mostly strengths|Neither)\n\d+ paragraphs?: \d+ (strengths?|concerns?|mixed|neutral)(, \d+ (strengths?|concerns?|mixed|neutral))*)$/,
      );
    // A cell's link is named by its words; its council and theme are the table's headings.
    const dudleyConsent = table
      .getByRole("row", { name: /^Consent/ })
      .getByRole("cell")
      .nth(1)
      .getByRole("link");
    await expect(dudleyConsent).toHaveAttribute("href", "/themes/consent?authority=dudley");
    await dudleyConsent.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Consent/);
  });

  test("on a phone, lists each council's themes instead of a wide table", async ({ page, setViewport }) => {
    await setViewport("phone");
    await page.goto("/themes");
    await expect(page.getByRole("table", { name: /Each theme in each council's latest report/ })).toBeHidden();
    const dudley = page.getByRole("region", { name: "Dudley" });
    await expect(dudley.getByRole("listitem").filter({ hasText: "Records and systems" })).toHaveText(
      /^Records and systems: (Mostly concerns|More concerns|Even|More strengths|Mostly strengths|Neither), \d+ paragraphs?: /,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test("lists a theme's paragraphs and recommendations, filtered by a GET form", async ({ page }) => {
    await page.goto("/themes/consent?authority=dudley");
    await expect(page.getByLabel("Council")).toHaveValue("dudley");
    const items = page.locator(".theme-item");
    await expect(items.first()).toBeVisible();
    for (const heading of await items.getByRole("heading").allTextContents())
      expect(heading).toMatch(/^Dudley, (Paragraph \d+\.\d+|Recommendation)$/);
    await expect(page.getByRole("link", { name: "Dudley, Paragraph 3.1" })).toHaveAttribute("href", "/authorities/dudley#p-3-1");

    await page.getByLabel("Council").selectOption("");
    await page.getByLabel("Paragraphs tagged").selectOption("strength");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/themes\/consent\?authority=&assessment=strength$/);
    for (const tag of await page.locator(".theme-item .tag").allTextContents()) expect(tag).toBe("Strength");
    await expect(
      page
        .locator(".theme-item")
        .filter({ hasText: "recommendation" })
        .getByRole("heading", { name: /Recommendation$/ }),
    ).toHaveCount(0);
  });

  test("downloads a theme's evidence as CSV and JSON", async ({ page, request }) => {
    await page.goto("/themes/consent?authority=dudley");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /^CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe("theme-consent.csv");
    const text = fs.readFileSync(await download.path(), "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("authority,la_number,ons_code,ons_region,report_date,kind,ref,outcome,heading,assessment,assessed_by,text,link");
    // Links that work from a spreadsheet.
    expect(lines[1]).toMatch(/,http:\/\/127\.0\.0\.1:\d+\/authorities\/dudley#p-\d+-\d+$/);
    expect(lines.slice(1).every((l) => l.startsWith("Dudley,332,E08000027,West Midlands,2012-01-25,"))).toBe(true);
    expect(lines.filter((l) => /^Dudley,332,E08000027,West Midlands,2012-01-25,paragraph,3\.1,2,Consent,\w+,rules,/.test(l))).toHaveLength(
      1,
    );
    // Recommendations are not assessed: no mark, and nobody who gave it.
    for (const line of lines.filter((l) => l.includes(",recommendation,"))) expect(line).toMatch(/,recommendation,,,[^,]*,,,/);

    const json = await (await request.get("/api/themes/consent?authority=dudley&format=json")).json();
    expect(json.theme.id).toBe("consent");
    expect(json.total).toBe(lines.length - 1);
  });

  test("answers an unknown theme with 404 and bad filters with a message", async ({ page, request }) => {
    expect((await page.goto("/themes/no-such-theme"))?.status()).toBe(404);
    expect((await request.get("/api/themes/no-such-theme")).status()).toBe(404);
    const bad = await request.get("/api/themes/consent?assessment=awful");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).details[0]).toEqual({
      param: "assessment",
      message: "Assessment must be strength, concern, mixed or neutral",
    });
    const response = await page.goto("/themes/consent?assessment=awful");
    expect(response?.status()).toBe(200);
    await expect(page.locator(".error-summary")).toContainText("Assessment must be strength, concern, mixed or neutral");
  });
});

test.describe("search by theme and assessment", () => {
  test("filters from the GET form, tags paragraphs, and downloads the results", async ({ page, request }) => {
    await page.goto("/search?q=consent");
    const all = Number((await page.getByRole("heading", { level: 2 }).first().textContent())?.match(/(\d+) results?/)?.[1]);
    await page.getByLabel("Theme").selectOption("consent");
    await page.getByLabel("Paragraphs tagged").selectOption("strength");
    await page.getByRole("search", { name: "Search findings and recommendations" }).getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/theme=consent&assessment=strength/);
    const heading = page.getByRole("heading", { level: 2 }).first();
    await expect(heading).toContainText(/on Consent[^,]*, paragraphs tagged Strength/);
    const some = Number((await heading.textContent())?.match(/(\d+) results?/)?.[1] ?? 0);
    expect(some).toBeLessThanOrEqual(all);
    for (const tag of await page.locator(".search-result .tag").allTextContents()) expect(tag).toBe("Strength");

    const csv = await request.get("/api/search?q=consent&theme=consent&format=csv");
    expect(csv.headers()["content-disposition"]).toBe('attachment; filename="search.csv"');
    expect((await csv.text()).split("\r\n")[0]).toBe(
      "\uFEFFauthority,la_number,ons_code,ons_region,report_date,latest_report,kind,ref,outcome,heading,assessment,assessed_by,text,link",
    );
    // No reviewer has marked a paragraph on this server: every paragraph's mark is the rules'.
    const rows = (await csv.text()).trim().split("\r\n").slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows.filter((r) => r.includes(",paragraph,"))) expect(row).toMatch(/,(strength|concern|mixed|neutral),rules,/);
    const json = await (await request.get("/api/search?q=consent&theme=consent&format=json")).json();
    expect(json.query.theme).toBe("consent");
    expect(json.results.length).toBe(json.total);
    expect((await request.get("/api/search?q=consent&theme=nothing")).status()).toBe(400);
  });
});
