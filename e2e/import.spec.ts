import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, saveThroughImportForm, signIn, test } from "./fixtures";
import { IMPORT_SERVER } from "./servers";

const REPORTS = path.join(import.meta.dirname, "..", "seed", "reports");
const dudley = fs.readFileSync(path.join(REPORTS, "dudley.txt"), "utf8");
const barnet = fs.readFileSync(path.join(REPORTS, "barnet.txt"), "utf8");
/** Dudley’s report under another council's name, so each test adds an authority of its own. */
const renamed = (name: string) => dudley.replaceAll("Dudley", name);

const upload = (page: Page, name: string, content: string | Buffer, mimeType = "text/plain") =>
  page.getByLabel("Upload a report").setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });

const problem = (page: Page) => page.getByRole("alert", { name: "There is a problem" });

// Sign-ins (argon2) and per-person renders on top of parsing and axe: generous on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.describe("import when not signed in as an admin", () => {
  test("says only an admin saves, and still previews", async ({ page }) => {
    await page.goto("/import");
    await expect(page.locator("#import-disabled")).toContainText("Only an admin can save reports.");
    await expect(page.locator("#import-disabled").getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/sign-in?next=/import");
    await page.getByLabel("Paste the report’s text").fill(renamed("Previewshire"));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Previewshire" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Save report" })).toHaveCount(0);
    await expect(page.getByText("Only an admin can save reports: sign in as an admin")).toBeVisible();
  });
});

test.describe("import as an admin", () => {
  test.use({ baseURL: IMPORT_SERVER.baseURL });

  test("previews an upload, refuses to save for an editor, then saves for an admin", async ({ page }) => {
    // Seen before the import, so the home page and the search are in the page cache.
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Uploadshire" })).toHaveCount(0);
    expect((await (await page.request.get("/api/search?q=Uploadshire")).json()).total).toBe(0);
    await signIn(page, "editorOfBarnet");
    await page.goto("/import");
    await expect(page.locator("#import-disabled")).toBeVisible();
    await upload(page, "uploadshire.txt", renamed("Uploadshire"));
    await page.getByRole("button", { name: "Preview" }).click();

    await expect(page.getByText("Check what was read from uploadshire.txt.")).toBeVisible();
    await expect(page.getByText("This report is new: saving adds it.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Uploadshire" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Ratings (6)" }).getByRole("row")).toHaveCount(7);
    const findings = page.getByRole("table", { name: "Findings: 13 sections, 41 paragraphs" });
    await expect(findings.getByRole("row").filter({ hasText: "Outcome 4: Care and welfare of people who use services" })).toContainText(
      "7",
    );
    await expect(page.getByRole("table", { name: "Recommendations (12)" })).toContainText("25 April 2012");
    await expect(page.getByText("None: everything expected was found.")).toBeVisible();
    await page.screenshot({ path: "e2e/screenshots/import-preview.png" });

    await expect(page.getByRole("button", { name: "Save report" })).toHaveCount(0);
    expect((await page.request.get("/authorities/uploadshire")).status()).toBe(404);

    await signIn(page, "admin", "/import");
    await expect(page.locator("#import-disabled")).toHaveCount(0);
    await upload(page, "uploadshire.txt", renamed("Uploadshire"));
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("button", { name: "Save report" }).click();
    await expect(page.getByRole("status")).toContainText("Uploadshire’s report of 25 January 2012 is saved");
    await expect(page.getByRole("status")).toContainText("13 sections, 41 paragraphs, 12 recommendations, 0 warnings.");
    await page.getByRole("link", { name: "Read Uploadshire’s report" }).click();
    await expect(page).toHaveURL(/\/authorities\/uploadshire$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uploadshire");

    // New reports show up everywhere at once: the list, the search, the register.
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Uploadshire" }).first()).toBeVisible();
    expect((await (await page.request.get("/api/search?q=Uploadshire")).json()).total).toBeGreaterThan(0);
    const api = await page.request.get("/api/search?q=%22CAMHS%20deaf%20service%22");
    expect((await api.json()).results.map((r: { authority: { slug: string } }) => r.authority.slug)).toContain("uploadshire");
  });

  test("a later report becomes the authority's latest, and the earlier one is listed", async ({ page }) => {
    const first = renamed("Twiceton");
    const later = first.replace("25th January 2012", "25th January 2013");
    for (const text of [first, later]) await saveThroughImportForm(page, text);
    const report = await (await page.request.get("/api/authorities/twiceton")).json();
    expect(report.reportDate).toBe("2013-01-25");
    await page.goto("/authorities/twiceton");
    await expect(page.getByRole("main")).toContainText("25 January 2013");
    await expect(page.getByRole("link", { name: /25 January 2012/ })).toHaveAttribute("href", /report=2012-01-25/);
  });

  test("re-importing the same report changes nothing", async ({ signedIn }) => {
    const { page } = await signedIn("admin");
    await page.goto("/import");
    await page.getByLabel("Paste the report’s text").fill(barnet);
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByText("This exact report is already stored: saving changes nothing.")).toBeVisible();
    await page.getByRole("button", { name: "Save report" }).click();
    await expect(page.getByRole("status")).toContainText("Barnet’s report of 24 February 2012 is already stored; nothing changed");
  });

  test("refuses an oversized upload, a file that is not text, and text that is not a report", async ({ page }) => {
    await page.goto("/import");
    await upload(page, "huge.txt", "x".repeat(1024 * 1024 + 1));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(problem(page)).toContainText("The selected file must be 1 MB or smaller");

    await upload(page, "report.pdf", Buffer.from("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj"), "application/pdf");
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(problem(page)).toContainText("The selected PDF cannot be read: this PDF is incomplete (cut short)");

    await upload(page, "image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(problem(page)).toContainText("The selected file is not a text file");

    await page.getByLabel("Paste the report’s text").fill("Minutes of the parish council\n\nNothing to report.");
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(problem(page)).toContainText(
      "pasted text could not be read: not an inspection report: no title, ratings table or findings sections found",
    );

    await page.getByRole("button", { name: "Preview" }).click();
    await expect(problem(page)).toContainText("Choose a report file or paste its text");
  });
});

test.describe("import without JavaScript", () => {
  test.use({ baseURL: IMPORT_SERVER.baseURL, javaScriptEnabled: false });

  test("previews and saves", async ({ page }) => {
    await signIn(page, "admin", "/import");
    await upload(page, "nojsville.txt", renamed("Nojsville"));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Nojsville" })).toBeVisible();
    await page.getByRole("button", { name: "Save report" }).click();
    await expect(page.getByRole("status")).toContainText("Nojsville’s report of 25 January 2012 is saved");
  });
});
