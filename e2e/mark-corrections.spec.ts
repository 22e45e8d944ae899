import type { Page } from "@playwright/test";
import { barnetAs, expect, reviewedParagraph, saveThroughImportForm, signIn, test, type E2EPerson } from "./fixtures";
import { IMPORT_SERVER } from "./servers";

/**
 * Reviewers' marks (issue 21): only an admin sets a finding paragraph's mark,
 * on an admin page of its own; the public pages then show and count the
 * reviewer's mark, said to be one, and keep doing so after a re-import, until
 * an admin withdraws it; the history keeps every change. Refused and
 * cross-site writes change nothing.
 */

// Sign-ins (argon2) and per-person renders: generous on a busy machine.
test.describe.configure({ timeout: 120_000 });
test.use({ actionTimeout: 20_000 });

const MARKS = "/admin/marks";

/** The mark form of a paragraph's admin page, and its fields. */
const markForm = (page: Page) => page.locator("form", { has: page.getByRole("button", { name: "Save mark" }) });

/**
 * Sends the mark form and waits for the server's answer. The refusal's words are already on the page
 * from the previous attempt, so waiting for them alone would let the next step (signing out) race a
 * request still in flight.
 */
async function sendAndWait(page: Page) {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/admin/marks/"));
  await page.getByRole("button", { name: "Save mark" }).click();
  await answered;
  await expect(page.getByRole("button", { name: "Save mark" })).toBeEnabled();
}
const markField = (page: Page) => page.getByLabel("Mark", { exact: true });
/** The form withdrawing a paragraph's reviewer's mark, its reason and its button. */
const WITHDRAW = "Withdraw the reviewer’s mark";
const withdrawForm = (page: Page) => page.locator("form", { has: page.getByRole("button", { name: WITHDRAW }) });
const withdrawReason = (page: Page) => page.getByLabel("Why it is withdrawn");

/** Sends the withdrawal form and waits for the server's answer (as sendAndWait). */
async function withdrawAndWait(page: Page) {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/admin/marks/"));
  await page.getByRole("button", { name: WITHDRAW }).click();
  await answered;
  await expect(page.getByRole("button", { name: WITHDRAW })).toBeEnabled();
}

/** Everything a write could change about one authority imported on the import server, as `state` reads it, the others' marks left out. */
async function stateOf(page: Page, name: string) {
  const slug = name.toLowerCase();
  const [labels, history, report] = await Promise.all([
    page.request.get(`${MARKS}/download`).then((r) => r.json()),
    page.request.get(`${MARKS}/download?what=history`).then((r) => r.text()),
    page.request.get(`/api/authorities/${slug}`).then((r) => r.json()),
  ]);
  return {
    marks: (labels.paragraphs as { source: string }[]).filter((p) => p.source.startsWith(`${slug}-`)),
    history: history.split("\r\n").filter((line) => line.includes(`,${name},`)),
    report: JSON.stringify(report),
  };
}

/**
 * The themes matrix's cells of a council, theme by theme, from the page of councils it is on; and whether the
 * key under the matrix (said only when a cell shown includes a reviewer's mark) is there.
 */
async function matrixColumn(page: Page, name: string) {
  let n = 1;
  for (; ; n++) {
    const api = await (await page.request.get(`/api/themes?page=${n}`)).json();
    if ((api.councils as { name: string }[]).some((c) => c.name === name)) break;
    expect(n, `${name} in the themes matrix`).toBeLessThan(api.pageCount);
  }
  await page.goto(`/themes?page=${n}`);
  const table = page.locator("table.themes-matrix");
  const column = (await table.getByRole("columnheader").allTextContents()).indexOf(name);
  expect(column).toBeGreaterThan(0);
  const cells = await table.locator("tbody tr").evaluateAll((rows, i) => rows.map((r) => r.children[i]?.textContent ?? ""), column);
  return { cells, key: await page.locator("#themes-matrix-reviewed").count() };
}

/** Paragraph 1.2's row of a council's CSVs (authority, search, and each theme the paragraph is on): its mark and who gave it. */
async function csvMarks(page: Page, slug: string) {
  const report = await (await page.request.get(`/api/authorities/${slug}`)).json();
  const paragraph = (report.sections as { paragraphs: { ref: string; themes: string[] }[] }[])
    .flatMap((s) => s.paragraphs)
    .find((p) => p.ref === "1.2")!;
  const row = async (url: string) => {
    const lines = (await (await page.request.get(url)).text()).split("\r\n");
    const line = lines.find((l) => l.includes(",1.2,"));
    return (
      /,(strength|concern|mixed|neutral),(rules|reviewer),/
        .exec(line ?? "")
        ?.slice(1)
        .join(" ") ?? `no 1.2 in ${url}`
    );
  };
  return [
    await row(`/api/authorities/${slug}?format=csv`),
    await row(`/api/search?q=${encodeURIComponent('"safe is good"')}&authority=${slug}&format=csv`),
    ...(await Promise.all(paragraph.themes.map((theme) => row(`/api/themes/${theme}?authority=${slug}&format=csv`)))),
  ];
}
const reasonField = (page: Page) => page.getByLabel("Reason", { exact: true });

/** The admin page of one paragraph of an authority's latest report, found through the list (ids change with every import). */
async function paragraphPage(page: Page, slug: string, ref: string): Promise<string> {
  await page.goto(`${MARKS}?authority=${slug}`);
  const href = await page.getByRole("link", { name: `Mark paragraph ${ref}`, exact: true }).getAttribute("href");
  return href!;
}

/** Everything a write could change, as the admin's downloads and the public report JSON show it. */
async function state(page: Page, slug = "barnet") {
  const [labels, history, report] = await Promise.all([
    page.request.get(`${MARKS}/download`).then((r) => r.json()),
    page.request.get(`${MARKS}/download?what=history`).then((r) => r.text()),
    page.request.get(`/api/authorities/${slug}`).then((r) => r.json()),
  ]);
  return { marks: labels.paragraphs, history, report: JSON.stringify(report) };
}

test.describe("access matrix", () => {
  // What each person gets at each route: 200, 404 (said as not found), or sign-in.
  const expected: Record<E2EPerson | "anonymous", number[]> = {
    anonymous: [307, 307, 401, 401],
    viewerOfBarnet: [404, 404, 404, 404],
    editorOfBarnet: [404, 404, 404, 404],
    editorOfDudley: [404, 404, 404, 404],
    admin: [200, 200, 200, 200],
    lockable: [404, 404, 404, 404],
    disposable: [404, 404, 404, 404],
  };
  for (const who of ["anonymous", "viewerOfBarnet", "editorOfBarnet", "editorOfDudley", "admin"] as const) {
    test(`${who}: only an admin reads the marks' pages and downloads, never kept by any cache`, async ({ signedIn }) => {
      const admin = await signedIn("admin");
      const routes = [MARKS, await paragraphPage(admin.page, "barnet", "1.2"), `${MARKS}/download`, `${MARKS}/download?what=history`];
      await admin.context.close();
      const { context, page } = await signedIn(who === "anonymous" ? null : who);
      for (const [i, route] of routes.entries()) {
        const response = await page.request.get(route, { maxRedirects: 0 });
        expect(response.status(), `${who} GET ${route}`).toBe(expected[who][i]);
        if (response.status() === 307) expect(response.headers().location).toContain("/sign-in?next=");
        expect(response.headers()["cache-control"], route).toMatch(/private.*no-store|no-store.*private/);
        expect(response.headers().etag, route).toBeUndefined();
      }
      await context.close();
    });
  }

  test("the public pages carry no form and no admin link, whoever asks", async ({ signedIn }) => {
    const admin = await signedIn("admin");
    const anonymous = await signedIn(null);
    for (const path of ["/authorities/barnet", "/compare?a=barnet&b=dudley"]) {
      // One after the other: the comparison is a slow render on a busy machine.
      const a = await anonymous.page.request.get(path);
      const b = await admin.page.request.get(path);
      expect(await b.body(), path).toEqual(await a.body());
      expect(await a.text()).not.toMatch(/admin\/marks|Save mark/);
    }
    await admin.context.close();
    await anonymous.context.close();
  });
});

test.describe("refused writes", () => {
  test("a mark sent by an editor, a viewer or after signing out changes nothing", async ({ signedIn }) => {
    const admin = await signedIn("admin");
    const before = await state(admin.page);
    const target = await paragraphPage(admin.page, "barnet", "1.2");
    // The admin's form, sent after the same browser signed in as someone else, then after signing out.
    await admin.page.goto(target);
    for (const who of ["editorOfBarnet", "viewerOfBarnet"] as const) {
      const other = await admin.context.newPage();
      await signIn(other, who);
      await markField(admin.page).selectOption({ label: "Concern" });
      await reasonField(admin.page).fill(`A ${who}'s change`);
      await sendAndWait(admin.page);
      await expect(markForm(admin.page).locator(".error-summary")).toContainText(
        "Only an admin can change a paragraph’s mark. Nothing was saved.",
      );
      if (who === "viewerOfBarnet") {
        await other.getByRole("button", { name: "Sign out" }).click();
        await expect(other).toHaveURL(/\/sign-in\?signed-out=1/);
      }
      await other.close();
    }
    await sendAndWait(admin.page);
    await expect(markForm(admin.page).locator(".error-summary")).toContainText("You are signed out");
    const check = await signedIn("admin");
    expect(await state(check.page)).toEqual(before);
    await admin.context.close();
    await check.context.close();
  });

  test("a mark posted from another site is refused and changes nothing", async ({ signedIn, baseURL }) => {
    const { page } = await signedIn("admin");
    const before = await state(page);
    const target = await paragraphPage(page, "barnet", "1.2");
    // The page's own form as the server renders it (with Next's action fields), the mark and reason filled in.
    const html = await (await page.request.get(target)).text();
    const form = html.match(/<form[^>]*>((?:(?!<\/form>)[\s\S])*?name="paragraph"[\s\S]*?)<\/form>/)![1];
    const inputs = [...form.matchAll(/<input[^>]*name="([^"]+)"[^>]*?(?:value="([^"]*)")?[^>]*\/?>/g)]
      .map(([, name, value = ""]) => `<input type="hidden" name="${name}" value="${value}">`)
      .join("");
    await page.route("http://evil.example/**", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<form method="post" enctype="multipart/form-data" action="${baseURL}${target}">${inputs}<input name="mark" value="concern"><textarea name="reason">Cross-site</textarea></form><script>document.forms[0].submit()</script>`,
      }),
    );
    const posted = page.waitForResponse((r) => r.url().endsWith(target) && r.request().method() === "POST");
    await page.goto("http://evil.example/attack");
    // Refused by the server before Next sees it (lib/security/same-origin.mjs).
    expect((await posted).status()).toBe(403);
    expect(await state(page)).toEqual(before);
  });

  test("a mark without a reason is refused in the GOV.UK pattern, and nothing is saved", async ({ signedIn }) => {
    const { page } = await signedIn("admin");
    const before = await state(page);
    await page.goto(await paragraphPage(page, "barnet", "1.2"));
    await markField(page).selectOption({ label: "Concern" });
    await page.getByRole("button", { name: "Save mark" }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toContainText("There is a problem");
    await expect(summary.getByRole("link", { name: "Enter why the paragraph has this mark" })).toHaveAttribute("href", "#reason");
    await expect(markForm(page).locator("#reason-error")).toContainText("Enter why the paragraph has this mark");
    await expect(markField(page)).toHaveValue("concern");
    expect(await state(page)).toEqual(before);
  });
});

test.describe("correcting a mark", () => {
  test.use({ baseURL: IMPORT_SERVER.baseURL });

  // Barnet's report under another name, so that the other tests on this server see Barnet as seeded.
  const text = barnetAs("Remarkton");
  const REASON = "Reads as a strength, but <b>no audit</b> of records is done.";

  /** The number of concerns in the comparison's counts of the general section, for Remarkton (or another). */
  const generalConcerns = async (page: Page, slug = "remarkton") => {
    await page.goto(`/compare?a=${slug}&b=dudley`);
    const counts = await page
      .locator("section.compare-outcome", { has: page.locator("#outcome-general") })
      .locator(".outcome-glance__counts")
      .first()
      .textContent();
    return { counts: counts ?? "", concerns: Number(/(\d+) concerns?\b/.exec(counts ?? "")?.[1] ?? 0) };
  };

  test("an admin corrects a paragraph; the authority page and the comparison show it, a re-import keeps it, the history has it", async ({
    page,
    playwright,
  }) => {
    await saveThroughImportForm(page, text);
    const before = await generalConcerns(page);
    // The public page as everyone gets it (no cookie): kept by the document layer until the data changes.
    const anonymous = await playwright.request.newContext({ baseURL: IMPORT_SERVER.baseURL });
    const kept = await anonymous.get("/authorities/remarkton");
    expect(await kept.text()).not.toContain("corrected by a reviewer");

    await page.goto(await paragraphPage(page, "remarkton", "1.2"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paragraph 1.2: its mark");
    await markField(page).selectOption({ label: "Concern" });
    await reasonField(page).fill(REASON);
    await page.getByRole("button", { name: "Save mark" }).click();
    await expect(markForm(page).getByRole("status")).toHaveText("Mark saved. The public pages show it from now on.");

    // The public page: the reviewer's mark, said in words, the reason as text.
    await page.goto("/authorities/remarkton#p-1-2");
    const paragraph = page.locator("#p-1-2");
    await expect(paragraph.locator(".tag").first()).toHaveText("Concern");
    await paragraph.getByText("Concern — corrected by a reviewer").click();
    await expect(paragraph).toContainText(REASON);
    expect(await paragraph.locator("details b").count()).toBe(0);

    // The kept document is renewed, as after an import.
    const renewed = await anonymous.get("/authorities/remarkton");
    expect(renewed.headers().etag).not.toBe(kept.headers().etag);
    expect(await renewed.text()).toContain("Concern — corrected by a reviewer");
    await anonymous.dispose();

    // The comparison counts it as a concern.
    const after = await generalConcerns(page);
    expect(after.concerns, `${before.counts} → ${after.counts}`).toBe(before.concerns + 1);

    // A re-import of the same report, another paragraph reworded: the mark follows its paragraph.
    await saveThroughImportForm(
      page,
      text.replace("Recent changes to membership have strengthened", "Recent changes to membership strengthened"),
    );
    await page.goto("/authorities/remarkton");
    await expect(page.locator("#p-1-2")).toContainText("Concern — corrected by a reviewer");
    expect((await generalConcerns(page)).concerns).toBe(before.concerns + 1);
    const csv = await (await page.request.get("/api/authorities/remarkton?format=csv")).text();
    expect(csv.split("\n").find((line) => line.includes(",1.2,"))).toMatch(/,1\.2,concern,reviewer,/);

    // The history, on the paragraph's new page.
    await page.goto(await paragraphPage(page, "remarkton", "1.2"));
    const history = page.getByRole("table", { name: /History of paragraph 1\.2/ });
    await expect(history.getByRole("row").nth(1)).toContainText("Ada Admin");
    await expect(history.getByRole("row").nth(1)).toContainText(REASON);
    await expect(history.getByRole("row").nth(1)).toContainText("Concern");

    // And the labelled case for the tests.
    const labels = await (await page.request.get(`${MARKS}/download`)).json();
    expect(labels.paragraphs).toContainEqual(
      expect.objectContaining({ ref: "1.2", sentences: [expect.objectContaining({ label: "concern" })], reason: REASON }),
    );
  });

  test("an admin withdraws a reviewer's mark: every page, count and export shows the rules' mark again; the history keeps both", async ({
    page,
    playwright,
  }) => {
    const target = await reviewedParagraph(page, "Withdrawton", "1.2", REASON);
    const marked = await generalConcerns(page, "withdrawton");
    const searchPage = `/search?q=${encodeURIComponent('"safe is good"')}&authority=withdrawton`;
    // While the mark stands: the CSVs say a reviewer gave it, the matrix flags its cells, in words, with the key under it.
    expect(await csvMarks(page, "withdrawton")).toEqual(expect.arrayContaining(["concern reviewer"]));
    expect(new Set(await csvMarks(page, "withdrawton"))).toEqual(new Set(["concern reviewer"]));
    const flagged = await matrixColumn(page, "Withdrawton");
    expect(flagged.cells.filter((c) => c.includes("Includes 1 reviewer’s mark")).length).toBeGreaterThan(0);
    expect(flagged.key).toBe(1);
    await expect(page.locator("#themes-matrix-reviewed")).toContainText("under the mark an admin gave them in place of the rules’ mark");
    expect(await (await page.request.get(searchPage)).text()).toContain("(a reviewer’s mark)");
    const anonymous = await playwright.request.newContext({ baseURL: IMPORT_SERVER.baseURL });
    const kept = await anonymous.get("/authorities/withdrawton");
    expect(await kept.text()).toContain("Concern — corrected by a reviewer");

    // The reason is required, said in the GOV.UK pattern; nothing is withdrawn.
    await page.goto(target);
    await page.getByRole("button", { name: WITHDRAW }).click();
    const summary = withdrawForm(page).locator(".error-summary");
    await expect(summary).toContainText("There is a problem");
    await expect(summary.getByRole("link", { name: "Enter why the reviewer’s mark is withdrawn" })).toHaveAttribute(
      "href",
      "#withdraw-reason",
    );
    await expect(withdrawForm(page).locator("#withdraw-reason-error")).toContainText("Enter why the reviewer’s mark is withdrawn");
    expect((await stateOf(page, "Withdrawton")).marks).toHaveLength(1);

    await withdrawReason(page).fill("The rules had it right: <b>good</b> is good.");
    await page.getByRole("button", { name: WITHDRAW }).click();
    await expect(page.getByRole("status")).toHaveText("Reviewer’s mark withdrawn. The public pages show the rules’ mark from now on.");
    await expect(page.getByRole("button", { name: WITHDRAW })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Set a reviewer’s mark" })).toBeVisible();
    // The history: the withdrawal, who, why and to what, above the mark it withdrew.
    const history = page.getByRole("table", { name: /History of paragraph 1\.2/ });
    await expect(history.getByRole("row").nth(1)).toContainText("Ada Admin");
    await expect(history.getByRole("row").nth(1)).toContainText(/Concern\s*Withdrawn: the rules’ (Strength|Mixed|Neutral) shown again/);
    await expect(history.getByRole("row").nth(1)).toContainText("The rules had it right: <b>good</b> is good.");
    await expect(history.getByRole("row").nth(2)).toContainText(REASON);

    // The kept public page is renewed, and says nothing of a reviewer.
    const renewed = await anonymous.get("/authorities/withdrawton");
    expect(renewed.headers().etag).not.toBe(kept.headers().etag);
    expect(await renewed.text()).not.toContain("by a reviewer");
    await anonymous.dispose();
    await page.goto("/authorities/withdrawton#p-1-2");
    await expect(page.locator("#p-1-2")).not.toContainText("by a reviewer");
    // The comparison counts it as the rules do; search, the themes matrix and every CSV say the rules' mark.
    expect((await generalConcerns(page, "withdrawton")).concerns).toBe(marked.concerns - 1);
    expect(await (await page.request.get(searchPage)).text()).not.toContain("(a reviewer’s mark)");
    const rules = await csvMarks(page, "withdrawton");
    expect(rules[0]).toMatch(/^(strength|mixed|neutral) rules$/);
    expect(new Set(rules)).toEqual(new Set([rules[0]]));
    expect((await matrixColumn(page, "Withdrawton")).cells.filter((c) => c.includes("reviewer’s mark"))).toEqual([]);
    // No longer a labelled case; still in the history download.
    const after = await stateOf(page, "Withdrawton");
    expect(after.marks).toEqual([]);
    expect(after.history[0]).toMatch(/,Withdrawton,\d{4}-\d{2}-\d{2},1\.2,concern,withdrawn:(strength|mixed|neutral),/);
  });
});

test.describe("refused withdrawals", () => {
  test.use({ baseURL: IMPORT_SERVER.baseURL });

  test("a withdrawal sent by an editor, a viewer or after signing out changes nothing", async ({ page }) => {
    const target = await reviewedParagraph(page, "Keepmarkton", "1.2", "A concern, by a reviewer.");
    const before = await stateOf(page, "Keepmarkton");
    expect(before.marks).toHaveLength(1);
    // The admin's form, sent after the same browser signed in as someone else, then after signing out.
    await page.goto(target);
    for (const who of ["editorOfBarnet", "viewerOfBarnet"] as const) {
      const other = await page.context().newPage();
      await signIn(other, who);
      await withdrawReason(page).fill(`A ${who}'s withdrawal`);
      await withdrawAndWait(page);
      await expect(withdrawForm(page).locator(".error-summary")).toContainText(
        "Only an admin can withdraw a paragraph’s mark. Nothing was saved.",
      );
      if (who === "viewerOfBarnet") {
        await other.getByRole("button", { name: "Sign out" }).click();
        await expect(other).toHaveURL(/\/sign-in\?signed-out=1/);
      }
      await other.close();
    }
    await withdrawAndWait(page);
    await expect(withdrawForm(page).locator(".error-summary")).toContainText("You are signed out");
    await signIn(page, "admin");
    expect(await stateOf(page, "Keepmarkton")).toEqual(before);
    await page.goto(target);
    await expect(page.getByRole("button", { name: WITHDRAW })).toBeVisible();
  });

  test("a withdrawal posted from another site is refused and changes nothing", async ({ page, baseURL }) => {
    const target = await reviewedParagraph(page, "Crossmarkton", "1.2", "A concern, by a reviewer.");
    const before = await stateOf(page, "Crossmarkton");
    // The page's own withdrawal form as the server renders it (with Next's action fields), its reason filled in.
    const html = await (await page.request.get(target)).text();
    const form = html.match(/<form[^>]*>((?:(?!<\/form>)[\s\S])*?Withdraw the reviewer’s mark[\s\S]*?)<\/form>/)![1];
    const inputs = [...form.matchAll(/<input[^>]*name="([^"]+)"[^>]*?(?:value="([^"]*)")?[^>]*\/?>/g)]
      .map(([, name, value = ""]) => `<input type="hidden" name="${name}" value="${value}">`)
      .join("");
    expect(inputs).toContain('name="version"');
    await page.route("http://evil.example/**", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<form method="post" enctype="multipart/form-data" action="${baseURL}${target}">${inputs}<textarea name="reason">Cross-site</textarea></form><script>document.forms[0].submit()</script>`,
      }),
    );
    const posted = page.waitForResponse((r) => r.url().endsWith(target) && r.request().method() === "POST");
    await page.goto("http://evil.example/attack");
    // Refused by the server before Next sees it (lib/security/same-origin.mjs).
    expect((await posted).status()).toBe(403);
    expect(await stateOf(page, "Crossmarkton")).toEqual(before);
  });
});

test.describe("correcting a mark without JavaScript", () => {
  test.use({ baseURL: IMPORT_SERVER.baseURL, javaScriptEnabled: false });

  test("the form posts, says what is wrong in the GOV.UK pattern, then saves, and withdraws", async ({ page }) => {
    await saveThroughImportForm(page, barnetAs("Nomarkton"));
    await page.goto(await paragraphPage(page, "nomarkton", "1.3"));
    await markField(page).selectOption({ label: "Mixed" });
    await page.getByRole("button", { name: "Save mark" }).click();
    await expect(page.locator(".error-summary")).toContainText("Enter why the paragraph has this mark");
    await expect(markField(page)).toHaveValue("mixed");
    await reasonField(page).fill("A strength and a shortfall.");
    await page.getByRole("button", { name: "Save mark" }).click();
    await expect(markForm(page).getByRole("status")).toHaveText("Mark saved. The public pages show it from now on.");
    await page.goto("/authorities/nomarkton");
    await expect(page.locator("#p-1-3")).toContainText("Mixed — corrected by a reviewer");

    // And withdraws it, the same way.
    await page.goto(await paragraphPage(page, "nomarkton", "1.3"));
    await page.getByRole("button", { name: WITHDRAW }).click();
    await expect(page.locator(".error-summary")).toContainText("Enter why the reviewer’s mark is withdrawn");
    await withdrawReason(page).fill("Marked by mistake.");
    await page.getByRole("button", { name: WITHDRAW }).click();
    await expect(page.getByRole("status")).toHaveText("Reviewer’s mark withdrawn. The public pages show the rules’ mark from now on.");
    await page.goto("/authorities/nomarkton");
    await expect(page.locator("#p-1-3")).not.toContainText("by a reviewer");
  });
});
