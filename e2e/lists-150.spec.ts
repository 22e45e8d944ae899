import { expect, test } from "./fixtures";
import { COUNCILS_SERVER } from "./servers";

// Issue 26 at 150 councils: the lists on a database of Barnet, Dudley and 150 synthetic councils built from the
// benchmark's corpus (lib/testing/synthetic-corpus.ts), served by COUNCILS_SERVER.
test.use({ baseURL: COUNCILS_SERVER.baseURL });

test.describe("at 150 councils, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the themes matrix is under 200 KB, its page links say which names they hold, it filters by region and sorts by a theme", async ({
    page,
    request,
  }) => {
    const html = await (await request.get("/themes")).body();
    expect(html.length).toBeLessThan(200_000);
    await page.goto("/themes");
    // Page links say which names each page holds, and come back to the matrix: page 2's councils are those its link says.
    const pages = page.getByRole("navigation", { name: "Pages of councils" });
    await expect(pages.getByRole("link", { name: /^Page 1, Barnet to Synthetic / })).toHaveAttribute("href", "/themes#themes-matrix");
    const second = pages.getByRole("link", { name: /^Page 2, Synthetic .+ to Synthetic / });
    await expect(second).toHaveAttribute("href", "/themes?page=2#themes-matrix");
    const [from, to] = (await second.locator("span").textContent())!.split("–");
    await second.click();
    await expect(page).toHaveURL("/themes?page=2#themes-matrix");
    const councils = page.getByRole("table").getByRole("columnheader");
    await expect(councils).toHaveCount(21);
    expect((await councils.nth(1).textContent())!.startsWith(from)).toBe(true);
    expect((await councils.last().textContent())!.startsWith(to)).toBe(true);
    await page.getByLabel("Region").selectOption("North West");
    await page.getByLabel("Order councils by").selectOption("staffing");
    await page.getByRole("button", { name: "Show councils" }).click();
    await expect(page).toHaveURL("/themes?region=North+West&sort=staffing#themes-matrix");
    const api = await (await request.get("/api/themes?region=North+West&sort=staffing")).json();
    expect(api.total).toBeGreaterThan(4);
    const names = api.councils.map((c: { name: string }) => c.name);
    await expect(page.getByRole("table").getByRole("columnheader")).toHaveText(["Theme", ...names]);
    const lean = (c: { cells: Record<string, { concern: number; strength: number }> }) =>
      (c.cells.staffing?.concern ?? 0) - (c.cells.staffing?.strength ?? 0);
    const leans = api.councils.map(lean);
    expect(leans).toEqual([...leans].sort((a, b) => b - a));
  });

  test("search: facets with counts, council groups, page numbers", async ({ page }) => {
    await page.goto("/search?q=CAMHS");
    const heading = page.getByRole("heading", { level: 2, name: /results for/ });
    const total = Number(/^([\d,]+) results/.exec((await heading.textContent())!)![1].replace(/,/g, ""));
    const facets = page.getByRole("navigation", { name: "Narrow the results" });
    // More councils than fit: the largest shown, the rest folded.
    await expect(facets.locator("[data-facet=authority]").locator("summary")).toHaveText(/^\d+ more/);
    await expect(page.getByRole("navigation", { name: "Results pages" }).getByRole("link", { name: "Page 2", exact: true })).toBeVisible();
    const region = facets.locator("[data-facet=region]").getByRole("link").first();
    const [, name, count] = /^(.+) \((\d+)\)$/.exec((await region.textContent())!)!;
    expect(Number(count)).toBeLessThan(total);
    // Page links keep the reader's place: at the count, past the form and the councils found.
    const next = page.getByRole("navigation", { name: "Results pages" }).getByRole("link", { name: "Page 2", exact: true });
    await expect(next).toHaveAttribute("href", "/search?q=CAMHS&page=2#results-count");
    await next.click();
    await expect(page).toHaveURL("/search?q=CAMHS&page=2#results-count");
    await expect(heading).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // So do the facets, from page 2 back to the first.
    await region.click();
    await expect(page).toHaveURL(/^[^#]*\/search\?q=CAMHS&region=[^&#]+#results-count$/);
    await expect(heading).toHaveText(new RegExp(`^${count} results? for .* in ${name}$`));
    for (const group of await page.locator(".search-council").all())
      await expect(group.getByRole("heading", { level: 3 })).toHaveText(/^Synthetic .+ \d+ results?|^(Barnet|Dudley) /);
  });

  test("/themes fits its budget at 1280 px, and the matrix keeps the councils' names and the themes in view as it scrolls", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/themes");
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6000);
    const region = page.getByRole("region").filter({ has: page.locator("table.themes-matrix") });
    await region.evaluate((el) => {
      el.scrollIntoView({ block: "end" });
      el.scrollTo(el.scrollWidth, el.scrollHeight);
    });
    // What is drawn at the region's corners once it has scrolled to its far right and bottom.
    const headingAt = (where: "top-left" | "top-right" | "bottom-left") =>
      region.evaluate((el, at) => {
        const box = el.getBoundingClientRect();
        const x = at === "top-right" ? box.right - 24 : box.left + 8;
        const y = at === "bottom-left" ? box.bottom - 24 : box.top + 8;
        const cell = document.elementFromPoint(x, y)?.closest("th");
        return cell ? `${cell.closest("thead") ? "head" : "row"}: ${cell.textContent}` : null;
      }, where);
    expect(await headingAt("top-left")).toBe("head: Theme");
    expect(await headingAt("top-right")).toMatch(/^head: (Synthetic |Barnet|Dudley)/);
    expect(await headingAt("bottom-left")).toMatch(/^row: \S/);
  });

  test("the register grouped by council names each council once, across pages", async ({ page }) => {
    await page.goto("/recommendations?group=council");
    const headings = page.locator(".register-council h3");
    const first = await headings.allTextContents();
    expect(new Set(first).size).toBe(first.length);
    await page.getByRole("navigation", { name: "Results pages" }).getByRole("link", { name: "Page 2", exact: true }).click();
    // Back at the count, where the reader was; the keyboard carries on from there.
    await expect(page).toHaveURL("/recommendations?group=council&page=2#results-count");
    await expect(page.locator("#results-count")).toBeInViewport();
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveText(/^CSV/);
    // Councils A to Z: page 2 carries on from where page 1 stopped (the same council when its group was cut).
    const second = await headings.allTextContents();
    const name = (heading: string) => heading.replace(/ \d+ recommendations?.*$/, "");
    expect(name(second[0]) >= name(first.at(-1)!)).toBe(true);
  });
});

test("a theme page's summary links to each council's fold, on the page where it is", async ({ page }) => {
  await page.goto("/themes/records");
  const summary = page.getByRole("table", { name: /council by council/ });
  const last = summary.getByRole("rowheader").last().getByRole("link");
  const href = (await last.getAttribute("href"))!;
  expect(href).toMatch(/^\/themes\/records\?page=\d+#council-[a-z0-9-]+$/);
  // Page links come back to the count, past the form.
  await expect(page.getByRole("navigation", { name: "Results pages" }).getByRole("link", { name: "Page 2", exact: true })).toHaveAttribute(
    "href",
    "/themes/records?page=2#results-count",
  );
  await last.click();
  const id = href.split("#")[1];
  await expect(page.locator(`#${id} .theme-item`).first()).toBeVisible();
});
