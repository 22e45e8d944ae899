import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { expect, NARROWEST, reviewedParagraph, startSession, test as base, VIEWPORTS, type E2EPerson, type ViewportName } from "./fixtures";
import { COUNCILS_SERVER, IMPORT_SERVER } from "./servers";

const VIEWPORT_WIDTHS = Object.values(VIEWPORTS)
  .map((v) => `${v.width}px`)
  .join(" and ");

/**
 * Every page of the app, in each state a reader can reach it in (filters,
 * errors, a preview), checked with axe at a desktop and a phone width, and for
 * sideways scrolling at 320px. A new page, or a new state of one, belongs
 * here, and is checked here only: the other specs test behaviour, not axe.
 */
const PAGES: {
  name: string;
  path: string;
  status?: number;
  prepare?: (page: Page) => Promise<void>;
  signedInAs?: E2EPerson;
  /** Another server than the main one, for states that need a write (the import server, where they change nothing others see). */
  baseURL?: string;
}[] = [
  { name: "home", path: "/" },
  { name: "home-sort-error", path: "/?sort=population&dir=up" },
  { name: "home-page-error", path: "/?page=abc" },
  { name: "home-past-last-page", path: "/?sort=date&dir=asc&page=2" },
  { name: "authority-barnet", path: "/authorities/barnet" },
  { name: "authority-dudley", path: "/authorities/dudley" },
  { name: "authority-dudley-recommendation-open", path: "/authorities/dudley#recommendation-10" },
  { name: "authority-report-error", path: "/authorities/barnet?report=yesterday" },
  { name: "compare-barnet-dudley", path: "/compare?a=barnet&b=dudley" },
  { name: "compare-form", path: "/compare" },
  { name: "compare-error", path: "/compare?a=barnet&b=barnet" },
  { name: "compare-concerns-only", path: "/compare?a=barnet&b=dudley&concerns=only" },
  { name: "recommendations", path: "/recommendations" },
  { name: "recommendations-filtered", path: "/recommendations?deadline=6&authority=barnet&source=Ofsted" },
  { name: "recommendations-errors", path: "/recommendations?deadline=abc&source=x&dueBefore=2012-13-45" },
  { name: "search-camhs", path: "/search?q=CAMHS" },
  { name: "search-filtered", path: "/search?q=CAMHS&authority=dudley&outcome=7" },
  { name: "search-theme-strength", path: "/search?q=consent&theme=consent&assessment=strength" },
  { name: "search-empty", path: "/search" },
  { name: "search-facets-region", path: "/search?q=CAMHS&region=London" },
  { name: "recommendations-by-council", path: "/recommendations?group=council&region=West+Midlands" },
  { name: "import", path: "/import" },
  {
    name: "import-preview",
    path: "/import",
    // The preview of a pasted report: its tables of what was read.
    prepare: async (page) => {
      const report = fs.readFileSync(path.join(import.meta.dirname, "..", "seed", "reports", "dudley.txt"), "utf8");
      await page.getByLabel("Paste the report’s text").fill(report);
      await page.getByRole("button", { name: "Preview" }).click();
      await expect(page.getByRole("heading", { level: 2, name: "Dudley" })).toBeVisible();
    },
  },
  {
    name: "import-pdf-refused",
    path: "/import",
    // A PDF refused in words: the error summary above the form.
    prepare: async (page) => {
      const pdf = path.join(import.meta.dirname, "..", "test", "fixtures", "pdf", "encrypted.pdf");
      await page.getByLabel("Upload a report").setInputFiles(pdf);
      await page.getByRole("button", { name: "Preview" }).click();
      await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("password-protected", { timeout: 60_000 });
    },
  },
  { name: "themes", path: "/themes" },
  { name: "theme-consent-dudley", path: "/themes/consent?authority=dudley" },
  { name: "theme-consent-councils", path: "/themes/consent", prepare: (page) => page.getByRole("button", { name: "Open all" }).click() },
  { name: "themes-region-sorted", path: "/themes?region=London&sort=records" },
  { name: "about", path: "/about" },
  { name: "map", path: "/map" },
  { name: "map-being-healthy", path: "/map?grade=being-healthy" },
  { name: "neighbours-barnet", path: "/authorities/barnet/neighbours" },
  { name: "not-found", path: "/no-such-page", status: 404 },
  { name: "sign-in", path: "/sign-in" },
  { name: "set-password", path: "/set-password?token=not-a-real-token" },
  { name: "action-plans", path: "/actions", signedInAs: "admin" },
  { name: "action-plan-barnet", path: "/authorities/barnet/actions", signedInAs: "editorOfBarnet" },
  { name: "action-plan-barnet-filtered", path: "/authorities/barnet/actions?status=not-started&overdue=1", signedInAs: "viewerOfBarnet" },
  { name: "admin-people", path: "/admin/people", signedInAs: "admin" },
  { name: "admin-marks-barnet", path: "/admin/marks?authority=barnet", signedInAs: "admin" },
  {
    name: "admin-mark-paragraph",
    path: "/admin/marks?authority=barnet",
    signedInAs: "admin",
    prepare: async (page) => {
      await page.getByRole("link", { name: "Mark paragraph 1.2", exact: true }).click();
      await page.waitForURL(/\/admin\/marks\/\d+$/);
      await page.getByText("How the rules read it, sentence by sentence").click();
    },
  },
  // A reviewer's mark (on the import server: a write): its paragraph's page with the withdrawal refused for want of a
  // reason, and the themes matrix flagging the cells that count it.
  {
    name: "admin-mark-withdraw-error",
    path: "/import",
    baseURL: IMPORT_SERVER.baseURL,
    prepare: async (page) => {
      await reviewedParagraph(page, "Axemarkton", "1.2", "A concern, by a reviewer.");
      await page.getByRole("button", { name: "Withdraw the reviewer’s mark" }).click();
      await expect(page.locator(".error-summary")).toContainText("Enter why the reviewer’s mark is withdrawn");
    },
  },
  {
    name: "themes-reviewed",
    path: "/import",
    baseURL: IMPORT_SERVER.baseURL,
    prepare: async (page) => {
      await reviewedParagraph(page, "Axethemeton", "1.2", "A concern, by a reviewer.");
      // The page of councils that has it.
      for (let n = 1; ; n++) {
        const api = await (await page.request.get(`/api/themes?page=${n}`)).json();
        if ((api.councils as { slug: string }[]).some((c) => c.slug === "axethemeton") || n >= api.pageCount) {
          await page.goto(`/themes?page=${n}`);
          break;
        }
      }
      await expect(page.locator("#themes-matrix-reviewed")).toBeVisible();
    },
  },
  // 150 councils (issue 26): the home page as it opens (pages named by the names they hold), filtered and sorted by a
  // judgement; a field's choices, and its suggestions open; the register grouped by council in a region; the themes
  // matrix in a region, sorted by a theme.
  { name: "home-150", path: `${COUNCILS_SERVER.baseURL}/` },
  { name: "home-150-filtered", path: `${COUNCILS_SERVER.baseURL}/?region=London&grade=Good&judgement=being-healthy&sort=looked-after` },
  { name: "recommendations-150-by-council-region", path: `${COUNCILS_SERVER.baseURL}/recommendations?group=council&region=North+West` },
  {
    name: "compare-150-choices-and-suggestions",
    path: `${COUNCILS_SERVER.baseURL}/compare?a=synthetic`,
    prepare: async (page) => {
      await page.getByRole("combobox", { name: "Second authority" }).pressSequentially("synth");
      await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
    },
  },
  { name: "search-150-councils", path: `${COUNCILS_SERVER.baseURL}/search?q=synthetic` },
  { name: "search-150-camhs", path: `${COUNCILS_SERVER.baseURL}/search?q=CAMHS` },
  { name: "themes-150", path: `${COUNCILS_SERVER.baseURL}/themes` },
  { name: "themes-150-region-sorted", path: `${COUNCILS_SERVER.baseURL}/themes?region=North+West&sort=staffing` },
  { name: "theme-records-150", path: `${COUNCILS_SERVER.baseURL}/themes/records` },
];

/**
 * Each test's page is a new page in a browser context this worker keeps for its server and
 * reader, instead of a context of its own: the pages here only read, and a new context costs
 * 0.4-0.9 s to open and then loads the app's scripts and styles afresh. States that write (on
 * the import server) and sign in on the way keep a context of their own.
 */
const test = base.extend<{ signedInAs: E2EPerson | undefined; ownContext: boolean }, { keptContexts: Map<string, BrowserContext> }>({
  signedInAs: [undefined, { option: true }],
  ownContext: [false, { option: true }],
  keptContexts: [
    async ({}, use) => {
      const contexts = new Map<string, BrowserContext>();
      await use(contexts);
      await Promise.all([...contexts.values()].map((context) => context.close()));
    },
    { scope: "worker" },
  ],
  page: async ({ browser, keptContexts, baseURL, signedInAs, ownContext, locale, timezoneId, userAgent }, use) => {
    const key = `${baseURL} ${signedInAs ?? "nobody"}`;
    let context = ownContext ? undefined : keptContexts.get(key);
    if (!context) {
      context = await browser.newContext({ baseURL, locale, timezoneId, userAgent });
      if (signedInAs) await (await startSession(context, signedInAs, baseURL!)).close();
      if (!ownContext) keptContexts.set(key, context);
    }
    const page = await context.newPage();
    await use(page);
    await (ownContext ? context.close() : page.close());
  },
});

// axe on a long page takes seconds, and over a minute on a busy machine; each test runs it
// twice. /compare took 327 s with two workers at a load average of 29 on 2 cores.
test.describe.configure({ timeout: 600_000 });

/**
 * One test a page state: the page is loaded (and prepared) once, then checked
 * at each width in turn, resized in place: the pages' layout is CSS alone, so
 * a resized page is laid out as one loaded at that width. Soft assertions, so
 * a failure at one width still lets the others be checked and reported.
 */
function pageTest(p: (typeof PAGES)[number]) {
  test(`${p.name} is accessible at ${VIEWPORT_WIDTHS} and does not scroll sideways at ${NARROWEST.width}px`, async ({
    page,
    setViewport,
    expectAccessible,
    saveScreenshot,
    expectNoHorizontalScroll,
  }) => {
    await setViewport("desktop");
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(p.status ?? 200);
    await p.prepare?.(page);
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      await test.step(`at ${viewport} width (${VIEWPORTS[viewport].width}px)`, async () => {
        await setViewport(viewport);
        await expectAccessible({ soft: true });
        await expectNoHorizontalScroll({ soft: true });
        await saveScreenshot(`${p.name}-${viewport}`);
      });
    }
    await test.step(`at ${NARROWEST.width}px`, async () => {
      await page.setViewportSize(NARROWEST);
      await expectNoHorizontalScroll({ soft: true });
    });
  });
}

for (const p of PAGES) {
  test.describe(() => {
    test.use({ signedInAs: p.signedInAs, ...(p.baseURL ? { baseURL: p.baseURL, ownContext: true } : {}) });
    pageTest(p);
  });
}
