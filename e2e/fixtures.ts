import fs from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, type BrowserContext, type Cookie, expect, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_PEOPLE } from "../lib/testing/e2e-people";

/**
 * The accessibility standard every page is held to: WCAG 2.2 AA (which takes
 * in 2.0 and 2.1 A and AA, and target size), plus axe's best practices, which
 * the suite has always run and which catch landmark and heading mistakes.
 */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * The widths every page is checked at: a desktop, and a common phone (390 ×
 * 844, an iPhone 12 to 14), where wide tables and small targets go wrong.
 */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** The narrowest screen WCAG's reflow criterion (1.4.10) asks for: 320 CSS pixels. */
export const NARROWEST = { width: 320, height: 640 } as const;

interface Fixtures {
  /**
   * Runs axe on the page as it stands and fails the test on any violation
   * (soft: at the end of the test, after its other checks have run).
   */
  expectAccessible: (options?: { soft?: boolean }) => Promise<void>;
  /** Resizes the page to one of VIEWPORTS. */
  setViewport: (name: ViewportName) => Promise<void>;
  /**
   * A full-page screenshot, attached to the test's report and kept as
   * test-results/screenshots/<name>.png, one folder for a reviewer to look through,
   * when E2E_SCREENSHOTS=1.
   */
  saveScreenshot: (name: string) => Promise<void>;
  /** Fails if the document itself is wider than the screen, so the whole page would scroll sideways. */
  expectNoHorizontalScroll: (options?: { soft?: boolean }) => Promise<void>;
  /**
   * A browser context of its own and a page in it, signed in as `who` (or nobody, for null) on
   * the test's server, closed after the test. For tests about something other than signing in
   * (startSession says how the session is got).
   */
  signedIn: (who: E2EPerson | null) => Promise<{ context: BrowserContext; page: Page }>;
}

export const test = base.extend<Fixtures>({
  signedIn: async ({ browser, baseURL }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (who) => {
      const context = await browser.newContext();
      opened.push(context);
      const page = who ? await startSession(context, who, baseURL!) : await context.newPage();
      return { context, page };
    });
    await Promise.all(opened.map((context) => context.close()));
  },

  expectAccessible: async ({ page }, use) => {
    await use(async ({ soft = false } = {}) => {
      // Legacy mode runs axe in the page itself instead of opening a blank page per run to
      // gather the results: 40-45% less time per run, measured on /sign-in and /map; the same
      // rules and results. It only gives up axe's testing of cross-origin frames, which no
      // page here has. Only violations are asserted, so only they are gathered in full
      // (axe's documented `resultTypes` option: passes and the rest come back with one node
      // each): the same violations, 10-45% less time per run (/map 9.5 s to 5.4 s).
      const results = await new AxeBuilder({ page })
        .withTags(AXE_TAGS)
        .setLegacyMode(true)
        .options({ resultTypes: ["violations"] })
        .analyze();
      // Each violation by rule, with the elements it found, so a failure says where to look.
      const violations = results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
      }));
      (soft ? expect.soft : expect)(violations, `axe violations on ${page.url()} at ${page.viewportSize()?.width}px`).toEqual([]);
    });
  },

  setViewport: async ({ page }, use) => {
    await use((name) => page.setViewportSize(VIEWPORTS[name]));
  },

  saveScreenshot: async ({ page }, use, testInfo) => {
    await use(async (name) => {
      // Only when asked for (E2E_SCREENSHOTS=1, see docs/styling.md): a full-page capture of a
      // long page costs seconds, and a test run needs none of them to pass or fail.
      if (process.env.E2E_SCREENSHOTS !== "1") return;
      const path = join(testInfo.project.outputDir, "screenshots", `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(name, { path, contentType: "image/png" });
    });
  },

  expectNoHorizontalScroll: async ({ page }, use) => {
    await use(async ({ soft = false } = {}) => {
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      (soft ? expect.soft : expect)(scrollWidth, `document width on ${page.url()} at ${clientWidth}px`).toBeLessThanOrEqual(clientWidth);
    });
  },
});

export { expect };

export type E2EPerson = keyof typeof E2E_PEOPLE;

/** Signs in through the sign-in form as one of the e2e accounts (lib/testing/e2e-people.ts), on the page's server. */
export async function signIn(page: Page, who: E2EPerson, next = "/actions"): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email address").fill(E2E_PEOPLE[who].email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // A sign-in hashes with argon2 and renders a per-person page: slow on a busy machine.
  await expect(page.getByText(`Signed in as ${E2E_PEOPLE[who].name}`)).toBeVisible({ timeout: 30_000 });
}

/** Sessions this worker signed in through the form, by server and person (the cookies a browser kept). */
const keptSessions = new Map<string, Cookie[]>();

/** Accounts whose sessions a test ends on purpose (disabled, locked out): always signed in afresh. */
const ENDED_BY_TESTS: readonly E2EPerson[] = ["disposable", "lockable"];

/**
 * Signs a browser context in as `who` on the server at baseURL and returns a page of it. The
 * first time in this worker it goes through the sign-in form (signIn); after that the context is
 * given that session's cookies, as Playwright's storage state does, once the server shows that it
 * still accepts them (another test may have signed that browser in as someone else, which ends
 * its session). A sign-in through the form costs seconds of hashing and rendering: tests of
 * signing in itself use signIn.
 */
export async function startSession(context: BrowserContext, who: E2EPerson, baseURL: string): Promise<Page> {
  const key = `${baseURL} ${who}`;
  const kept = ENDED_BY_TESTS.includes(who) ? undefined : keptSessions.get(key);
  if (kept) {
    await context.addCookies(kept);
    if ((await context.request.get(new URL("/actions", baseURL).href, { maxRedirects: 0 })).status() === 200) return context.newPage();
    await context.clearCookies();
  }
  const page = await context.newPage();
  await signIn(page, who);
  keptSessions.set(key, await context.cookies());
  return page;
}

/** Saves a report's text through the import form of the import server as its admin (the page's baseURL must be it). */
export async function saveThroughImportForm(page: Page, text: string): Promise<void> {
  await signIn(page, "admin", "/import");
  await page.goto("/import");
  await page.getByLabel("Paste the report’s text").fill(text);
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: "Save report" }).click();
  await expect(page.getByRole("status")).toContainText("is saved");
}

/** The seed's Barnet report under another name, for tests that change it on the import server without changing what others see. */
export function barnetAs(name: string): string {
  return fs.readFileSync(join(import.meta.dirname, "..", "seed", "reports", "barnet.txt"), "utf8").replaceAll("Barnet", name);
}

/**
 * Imports Barnet's report as `name` on the import server (the page's baseURL must be it) and gives its paragraph `ref`
 * a reviewer's mark of Concern with `reason`, as its admin. Returns the paragraph's admin page.
 */
export async function reviewedParagraph(page: Page, name: string, ref: string, reason: string): Promise<string> {
  await saveThroughImportForm(page, barnetAs(name));
  await page.goto(`/admin/marks?authority=${name.toLowerCase()}`);
  const href = (await page.getByRole("link", { name: `Mark paragraph ${ref}`, exact: true }).getAttribute("href"))!;
  await page.goto(href);
  await page.getByLabel("Mark", { exact: true }).selectOption({ label: "Concern" });
  await page.getByLabel("Reason", { exact: true }).fill(reason);
  await page.getByRole("button", { name: "Save mark" }).click();
  await expect(page.getByRole("status")).toHaveText("Mark saved. The public pages show it from now on.");
  return href;
}
