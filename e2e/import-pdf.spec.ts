import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { IMPORT_SERVER } from "./servers";

const ROOT = path.join(import.meta.dirname, "..");
const PDFS = path.join(ROOT, "test", "fixtures", "pdf");
// CI has ../shared beside the clone; a git worktree sits one level further down.
const REAL = [path.join(ROOT, "..", "shared", "real-pdfs"), path.join(ROOT, "..", "..", "shared", "real-pdfs")].find((d) =>
  fs.existsSync(d),
);

const upload = (page: Page, file: string, mimeType = "application/pdf") =>
  page.getByLabel("Upload a report").setInputFiles({ name: path.basename(file), mimeType, buffer: fs.readFileSync(file) });

const problem = (page: Page) => page.getByRole("alert", { name: "There is a problem" });

/** The preview's tables as text: what was read, without the file's name. */
async function previewTables(page: Page): Promise<string[]> {
  await expect(page.getByRole("table", { name: "Ratings (6)" })).toBeVisible({ timeout: 60_000 });
  return page.locator("table").allInnerTexts();
}

test.describe("import of a PDF", () => {
  test.setTimeout(180_000);

  test("previews the same report as its text", async ({ page }) => {
    await page.goto("/import");
    await upload(page, path.join(ROOT, "seed", "reports", "dudley.txt"), "text/plain");
    await page.getByRole("button", { name: "Preview" }).click();
    const fromText = await previewTables(page);

    await page.goto("/import");
    await upload(page, path.join(PDFS, "dudley.chromium.pdf"));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByText("Check what was read from dudley.chromium.pdf.")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole("heading", { level: 2, name: "Dudley" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Findings: 13 sections, 41 paragraphs" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Recommendations (12)" })).toContainText("25 April 2012");
    await expect(page.getByText("None: everything expected was found.")).toBeVisible();
    expect(await previewTables(page)).toEqual(fromText);
  });
});

test.describe("import of PDFs that are not readable reports", () => {
  test.use({ baseURL: IMPORT_SERVER.baseURL });
  test.setTimeout(180_000);

  const cases: [string, string | undefined, string][] = [
    ["a password-protected PDF", path.join(PDFS, "encrypted.pdf"), "The selected PDF cannot be read: this PDF is password-protected"],
    ["a scan", path.join(PDFS, "scan.pdf"), "The selected PDF cannot be read: this PDF has no text to read: it may be a scan"],
    ["a truncated PDF", path.join(PDFS, "truncated.pdf"), "this PDF is incomplete (cut short)"],
    [
      "an Ofsted report of a later series",
      REAL && path.join(REAL, "ofsted-barnet-2019.pdf"),
      "is not a CQC inspection report of the 2011–12 series",
    ],
  ];
  for (const [what, file, message] of cases) {
    test(`refuses ${what} in words and writes nothing`, async ({ page }) => {
      test.skip(!file || !fs.existsSync(file), `${file ?? "../shared/real-pdfs"} is absent`);
      // The server is shared with tests that add authorities of their own: the two a PDF could touch must not change.
      const stored = async () =>
        Promise.all(["barnet", "dudley"].map(async (slug) => (await page.request.get(`/api/authorities/${slug}`)).json()));
      const before = await stored();
      await page.goto("/import");
      await upload(page, file!);
      await page.getByRole("button", { name: "Preview" }).click();
      await expect(problem(page)).toContainText(message, { timeout: 60_000 });
      await expect(page.getByRole("button", { name: "Save report" })).toHaveCount(0);
      expect(await stored()).toEqual(before);
    });
  }
});
