import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, NARROWEST, signIn, test, VIEWPORTS, type E2EPerson, type ViewportName } from "./fixtures";

/**
 * Every page of the app, in each state a reader can reach it in (filters,
 * errors, a preview), checked with axe at a desktop and a phone width, and for
 * sideways scrolling at 320px. A new page belongs here.
 */
const PAGES: { name: string; path: string; status?: number; prepare?: (page: Page) => Promise<void>; signedInAs?: E2EPerson }[] = [
  { name: "home", path: "/" },
  { name: "home-sort-error", path: "/?sort=population&dir=up" },
  { name: "authority-barnet", path: "/authorities/barnet" },
  { name: "authority-dudley", path: "/authorities/dudley" },
  { name: "authority-report-error", path: "/authorities/barnet?report=yesterday" },
  { name: "compare-barnet-dudley", path: "/compare?a=barnet&b=dudley" },
  { name: "compare-form", path: "/compare" },
  { name: "compare-error", path: "/compare?a=barnet&b=barnet" },
  { name: "recommendations", path: "/recommendations" },
  { name: "recommendations-filtered", path: "/recommendations?deadline=6&authority=barnet&source=Ofsted" },
  { name: "recommendations-errors", path: "/recommendations?deadline=abc&source=x&dueBefore=2012-13-45" },
  { name: "search-camhs", path: "/search?q=CAMHS" },
  { name: "search-filtered", path: "/search?q=CAMHS&authority=dudley&outcome=7" },
  { name: "search-empty", path: "/search" },
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
  { name: "themes", path: "/themes" },
  { name: "theme-consent-dudley", path: "/themes/consent?authority=dudley" },
  { name: "about", path: "/about" },
  { name: "not-found", path: "/no-such-page", status: 404 },
  { name: "sign-in", path: "/sign-in" },
  { name: "set-password", path: "/set-password?token=not-a-real-token" },
  { name: "action-plans", path: "/actions", signedInAs: "admin" },
  { name: "action-plan-barnet", path: "/authorities/barnet/actions", signedInAs: "editorOfBarnet" },
  { name: "action-plan-barnet-filtered", path: "/authorities/barnet/actions?status=not-started&overdue=1", signedInAs: "viewerOfBarnet" },
  { name: "admin-people", path: "/admin/people", signedInAs: "admin" },
];

// axe on a long page takes seconds, and longer on a busy machine.
test.describe.configure({ timeout: 120_000 });

for (const p of PAGES) {
  test.describe(p.name, () => {
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      test(`is accessible at ${viewport} width (${VIEWPORTS[viewport].width}px)`, async ({
        page,
        setViewport,
        expectAccessible,
        saveScreenshot,
        expectNoHorizontalScroll,
      }) => {
        await setViewport(viewport);
        if (p.signedInAs) await signIn(page, p.signedInAs, p.path);
        const response = await page.goto(p.path);
        expect(response?.status()).toBe(p.status ?? 200);
        await p.prepare?.(page);
        await expectAccessible();
        await expectNoHorizontalScroll();
        await saveScreenshot(`${p.name}-${viewport}`);
      });
    }

    test(`does not scroll sideways at ${NARROWEST.width}px`, async ({ page, expectNoHorizontalScroll }) => {
      await page.setViewportSize(NARROWEST);
      if (p.signedInAs) await signIn(page, p.signedInAs, p.path);
      await page.goto(p.path);
      await p.prepare?.(page);
      await expectNoHorizontalScroll();
    });
  });
}
