import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { todayInEngland } from "../lib/actions/form-state";
import { addMonths } from "../lib/actions/plan";
import { E2E_PASSWORD, E2E_PEOPLE } from "../lib/testing/e2e-people";
import { parseCsv } from "./csv";
import { expect, saveThroughImportForm, signIn, startSession, test, type E2EPerson } from "./fixtures";
import { renderedForms } from "./http";
import { IMPORT_SERVER } from "./servers";

/**
 * Accounts and action plans (issue #25): who may read and change which plan,
 * that refused writes change nothing, cross-site writes, the sign-in limit,
 * session renewal, conflicting saves, and notes shown as text.
 */

// Several sign-ins (argon2) and per-person renders a test: generous on a busy machine.
test.describe.configure({ timeout: 120_000 });
test.use({ actionTimeout: 20_000 });

const PLAN = "/authorities/barnet/actions";
const DUDLEY_PLAN = "/authorities/dudley/actions";
const planJson = async (page: Page, path = PLAN) => (await page.request.get(`${path}/download?format=json`)).json();
const actionSection = (page: Page, n: number) => page.locator(`#action-${n}`);
/** The ids of the actions the page shows, in its order. */
const shownActions = (page: Page) => page.locator("section[id^='action-']").evaluateAll((all) => all.map((s) => s.id));
const csvOf = async (page: Page, query: string) => parseCsv(await (await page.request.get(`${PLAN}/download?${query}`)).text());
/** Dudley's report under another name: an authority of the test's own on the import server. */
const dudleyAs = (name: string) =>
  fs.readFileSync(path.join(import.meta.dirname, "..", "seed", "reports", "dudley.txt"), "utf8").replaceAll("Dudley", name);
type PlanJson = { actions: { recommendation: { number: number; text: string; deadline: string }; overdue: boolean; targetDate: string }[] };
const actionOf = (json: PlanJson, n: number) => json.actions.find((a) => a.recommendation.number === n)!;

test.describe("access matrix", () => {
  const routes = ["/actions", PLAN, DUDLEY_PLAN, "/admin/people", `${PLAN}/download?format=csv`, `${DUDLEY_PLAN}/download?what=history`];
  // What each person gets at each route: 200, 404 (not theirs, said as not found), or sign-in.
  const expected: Record<E2EPerson | "anonymous", number[]> = {
    anonymous: [307, 307, 307, 307, 401, 401],
    viewerOfBarnet: [200, 200, 404, 404, 200, 404],
    editorOfBarnet: [200, 200, 404, 404, 200, 404],
    editorOfDudley: [200, 404, 200, 404, 404, 200],
    admin: [200, 200, 200, 200, 200, 200],
    lockable: [200, 200, 404, 404, 200, 404],
    disposable: [200, 200, 404, 404, 200, 404],
  };
  for (const who of ["anonymous", "viewerOfBarnet", "editorOfBarnet", "editorOfDudley", "admin"] as const) {
    test(`${who} reads only what is theirs, never kept by any cache`, async ({ signedIn }) => {
      const { context, page } = await signedIn(who === "anonymous" ? null : who);
      for (const [i, route] of routes.entries()) {
        const response = await page.request.get(route, { maxRedirects: 0 });
        expect(response.status(), `${who} GET ${route}`).toBe(expected[who][i]);
        if (response.status() === 307) expect(response.headers().location).toContain("/sign-in?next=");
        if (response.status() === 200) {
          expect(response.headers()["cache-control"], route).toMatch(/private.*no-store|no-store.*private/);
          expect(response.headers().etag, route).toBeUndefined();
        }
      }
      if (who !== "anonymous") {
        await page.goto(PLAN, { waitUntil: "commit" });
        const forms = await page.getByRole("button", { name: "Save action" }).count();
        expect(forms > 0, `${who} sees Barnet's forms`).toBe(who === "editorOfBarnet" || who === "admin");
      }
      await context.close();
    });
  }
});

test.describe("printing", () => {
  test("the plan prints as an A4 board paper: the plan's text, overdue in words, no form or button", async ({ signedIn }) => {
    const { page } = await signedIn("editorOfBarnet");
    // Action 2 is never saved by these tests: its text and default target date (overdue) stay as seeded.
    const { text } = actionOf(await planJson(page), 2).recommendation;
    await page.goto(PLAN);
    await expect(page.getByRole("button", { name: "Save action" }).first()).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Barnet: action plan");
    await expect(page.getByText(/^As at \d{1,2} \w+ \d{4}\. An action is overdue when its target date has passed/)).toBeVisible();
    await expect(page.getByRole("table", { name: /^Actions \(5\)/ })).toBeVisible();
    const second = actionSection(page, 2);
    await expect(second).toContainText(text.slice(0, 80));
    await expect(second.getByRole("heading", { level: 2 })).toHaveText(/Recommendation 2\s*Overdue/);
    await expect(second.getByRole("definition").filter({ hasText: "(overdue)" })).toBeVisible();
    await expect(second.getByText("Progress notes")).toBeVisible();
    // Controls, the history's fold, the account bar and the site's header and footer are not printed.
    for (const hidden of ["form", "button", ".button", "details", "header", "footer"])
      await expect(page.locator(hidden).filter({ visible: true }), hidden).toHaveCount(0);
    await expect(page.getByText("Signed in as")).toBeHidden();

    // Chromium prints it on A4 (595 x 842 points), as the page's @page rule asks.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    const pages = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(([, w, h]) => [Number(w), Number(h)]);
    expect(pages.length).toBeGreaterThan(1);
    for (const [width, height] of pages) {
      expect(Math.abs(width - 595.28), `page width ${width}`).toBeLessThan(2);
      expect(Math.abs(height - 841.89), `page height ${height}`).toBeLessThan(2);
    }
  });
});

test.describe("changing an action", () => {
  test.describe.configure({ mode: "serial" });

  test("an editor saves an action; it is kept with its note and history, and markup in a note stays text", async ({ signedIn }) => {
    const { page } = await signedIn("editorOfBarnet");
    await page.goto(PLAN);
    const first = actionSection(page, 1);
    await first.getByLabel("Status").selectOption({ label: "In progress" });
    await first.getByLabel("Owner").fill("Head of Safeguarding, NHS Barnet");
    await first.getByLabel("Target date").fill("2012-09-30");
    await first
      .getByLabel("Progress note")
      .fill('Audit begun. <b>bold</b> <script>window.__noted = 1</script><img src=x onerror="window.__noted=2">');
    await first.getByRole("button", { name: "Save action" }).click();
    await expect(first.getByRole("status")).toHaveText("Action saved.");
    await page.reload();
    await expect(first.getByRole("definition").filter({ hasText: "Head of Safeguarding, NHS Barnet" })).toBeVisible();
    await expect(first).toContainText("Overdue");
    await expect(first).toContainText("Audit begun. <b>bold</b> <script>window.__noted = 1</script>");
    expect(await first.locator("ol b, ol script, ol img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __noted?: number }).__noted)).toBeUndefined();
    await first.locator("summary", { hasText: "History" }).click();
    const history = first.getByRole("table", { name: /History of recommendation 1/ });
    await expect(history.getByRole("row").filter({ hasText: "Owner" })).toContainText("Eddie Editor");
    await expect(history.getByRole("row").filter({ hasText: "Status" })).toContainText("Not started");
    const json = await planJson(page);
    const saved = json.actions.find((a: { recommendation: { number: number } }) => a.recommendation.number === 1);
    expect(saved).toMatchObject({ status: "in-progress", owner: "Head of Safeguarding, NHS Barnet", targetDate: "2012-09-30", version: 1 });
    expect(saved.history.map((h: { field: string }) => h.field).sort()).toEqual(["Owner", "Progress note", "Status", "Target date"]);
  });

  test("errors are listed in the GOV.UK pattern and nothing is saved", async ({ signedIn }) => {
    const { page } = await signedIn("editorOfBarnet");
    await page.goto(PLAN);
    const before = await planJson(page);
    const second = actionSection(page, 2);
    await second.getByLabel("Status").selectOption({ label: "Not accepted" });
    await second.getByLabel("Evidence links").fill("javascript:alert(1)");
    await second.getByRole("button", { name: "Save action" }).click();
    const summary = second.getByRole("alert");
    await expect(summary).toContainText("Enter why the recommendation is not accepted");
    await expect(summary.getByRole("link", { name: "Each evidence link must start with https:// or http://" })).toHaveAttribute(
      "href",
      "#evidence-links-2",
    );
    await expect(second.getByLabel("Evidence links")).toHaveValue("javascript:alert(1)");
    expect(await planJson(page)).toEqual(before);
  });

  test("a second saver is told the action changed and shown the other change; nothing is overwritten", async ({ signedIn }) => {
    const one = await signedIn("editorOfBarnet");
    const two = await signedIn("admin");
    for (const { page } of [one, two]) await page.goto(PLAN);
    await actionSection(one.page, 3).getByLabel("Owner").fill("Director of Children's Services");
    await actionSection(one.page, 3).getByRole("button", { name: "Save action" }).click();
    await expect(actionSection(one.page, 3).getByRole("status")).toHaveText("Action saved.");
    await actionSection(two.page, 3).getByLabel("Owner").fill("Someone else");
    await actionSection(two.page, 3).getByRole("button", { name: "Save action" }).click();
    const section = actionSection(two.page, 3);
    await expect(section.getByRole("alert")).toContainText("Someone else saved this action while you were editing it");
    await expect(section.getByRole("table", { name: "Their changes" })).toContainText("Director of Children's Services");
    const saved = (await planJson(two.page)).actions.find((a: { recommendation: { number: number } }) => a.recommendation.number === 3);
    expect(saved.owner).toBe("Director of Children's Services");
    await one.context.close();
    await two.context.close();
  });

  test("a form sent by someone who may not change the plan changes nothing", async ({ signedIn }) => {
    const admin = await signedIn("admin");
    await admin.page.goto(DUDLEY_PLAN);
    const dudleyRecommendation = await admin.page.locator("#action-1 input[name=recommendation]").inputValue();
    const dudleyBefore = await planJson(admin.page, DUDLEY_PLAN);
    const barnetBefore = await planJson(admin.page);

    // An editor of Barnet names a Dudley recommendation in Barnet's form.
    const editor = await signedIn("editorOfBarnet");
    await editor.page.goto(PLAN);
    const form = actionSection(editor.page, 4);
    await form
      .locator("input[name=recommendation]")
      .evaluate((input, id) => ((input as HTMLInputElement).value = id), dudleyRecommendation);
    await form.getByLabel("Owner").fill("Barnet taking over Dudley");
    await form.getByRole("button", { name: "Save action" }).click();
    await expect(form.getByRole("alert")).toContainText("You cannot change this action. Nothing was saved.");

    // The editor's form, sent after the browser signed in as a viewer, and after signing out.
    await editor.page.goto(PLAN);
    const other = await editor.context.newPage();
    await signIn(other, "viewerOfBarnet");
    await form.getByLabel("Owner").fill("A viewer's change");
    await form.getByRole("button", { name: "Save action" }).click();
    await expect(form.getByRole("alert")).toContainText("You cannot change this action. Nothing was saved.");
    await other.getByRole("button", { name: "Sign out" }).click();
    await expect(other).toHaveURL(/\/sign-in\?signed-out=1/);
    await form.getByRole("button", { name: "Save action" }).click();
    await expect(form.getByRole("alert")).toContainText("You are signed out");

    expect(await planJson(admin.page, DUDLEY_PLAN)).toEqual(dudleyBefore);
    expect(await planJson(admin.page)).toEqual(barnetBefore);
    await admin.context.close();
    await editor.context.close();
  });

  test("a form posted from another site is refused and changes nothing", async ({ signedIn, baseURL }) => {
    const { page } = await signedIn("admin");
    const before = await planJson(page);
    // The plan's own form as the server renders it (with Next's action fields), with the owner changed.
    const html = await (await page.request.get(PLAN)).text();
    const form = html.match(/<form[^>]*>((?:(?!<\/form>)[\s\S])*?name="recommendation"[\s\S]*?)<\/form>/)![1];
    const inputs = [...form.matchAll(/<input[^>]*name="([^"]+)"[^>]*?(?:value="([^"]*)")?[^>]*\/?>/g)]
      .map(([, name, value = ""]) => `<input type="hidden" name="${name}" value="${name === "owner" ? "Cross-site owner" : value}">`)
      .join("");
    await page.route("http://evil.example/**", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<form method="post" enctype="multipart/form-data" action="${baseURL}${PLAN}">${inputs}<textarea name="note">Cross-site note</textarea></form><script>document.forms[0].submit()</script>`,
      }),
    );
    const posted = page.waitForResponse((r) => r.url().endsWith(PLAN) && r.request().method() === "POST");
    await page.goto("http://evil.example/attack");
    // Refused by the server before Next sees it (lib/security/same-origin.mjs).
    expect((await posted).status()).toBe(403);
    expect(await planJson(page)).toEqual(before);
  });

  test("the save posted straight to the server by the editor of another authority changes nothing", async ({ signedIn, baseURL }) => {
    const barnet = await signedIn("editorOfBarnet");
    await barnet.page.goto(PLAN);
    const id = await actionSection(barnet.page, 4).locator("input[name=recommendation]").inputValue();
    // Action 4's form as the server renders it (Next's action fields included), posted as a browser without JavaScript would.
    const fields = renderedForms(await (await barnet.page.request.get(PLAN)).text()).find((f) => f.recommendation === id)!;
    const post = (page: Page, to: string, changes: Record<string, string>) =>
      page.request.post(to, { multipart: { ...fields, ...changes }, headers: { origin: baseURL! }, maxRedirects: 0 });
    // Posted by its own editor it is saved: the post is the form's own.
    expect(await (await post(barnet.page, PLAN, { owner: "Posted by Barnet's editor" })).text()).toContain("Action saved.");
    const barnetBefore = await planJson(barnet.page);
    expect(actionOf(barnetBefore, 4)).toMatchObject({ owner: "Posted by Barnet's editor" });

    const dudley = await signedIn("editorOfDudley");
    const dudleyBefore = await planJson(dudley.page, DUDLEY_PLAN);
    const version = String(Number(fields.version) + 1);
    for (const to of [PLAN, DUDLEY_PLAN]) {
      const answer = await post(dudley.page, to, { version, owner: "Dudley's editor", note: "Posted by Dudley's editor" });
      if (to === DUDLEY_PLAN) expect(answer.status()).toBe(200);
      else expect(answer.status(), "Barnet's plan is not found for Dudley's editor").toBe(404);
    }
    expect(await planJson(barnet.page)).toEqual(barnetBefore);
    expect(await planJson(dudley.page, DUDLEY_PLAN)).toEqual(dudleyBefore);
  });

  test("the form saves without JavaScript; the filters, the downloads and the admin overview follow", async ({
    browser,
    baseURL,
    signedIn,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await startSession(context, "editorOfBarnet", baseURL!);
    const before = actionOf(await planJson(page), 5);
    const target = addMonths(todayInEngland(), 1);
    const note = "Agreed at the board, saved without JavaScript.";
    await page.goto(PLAN);
    const fifth = actionSection(page, 5);
    await fifth.getByLabel("Status").selectOption({ label: "In progress" });
    await fifth.getByLabel("Owner").fill("Named Nurse, Barnet");
    await fifth.getByLabel("Target date").fill(target);
    await fifth.getByLabel("Progress note").fill(note);
    await fifth.getByRole("button", { name: "Save action" }).click();
    await expect(fifth.getByRole("status")).toHaveText("Action saved.");
    await expect(fifth.getByRole("definition").filter({ hasText: "Named Nurse, Barnet" })).toBeVisible();
    await expect(fifth.getByRole("definition").filter({ hasText: "(due in the next 3 months)" })).toBeVisible();

    // The filters, a GET form: each view has its address.
    await page.goto(PLAN);
    const filters = page.getByRole("form", { name: "Filter actions" });
    const apply = () => filters.getByRole("button", { name: "Apply filters" }).click();
    await filters.getByLabel("Show status").selectOption({ label: "In progress" });
    await apply();
    await expect(page).toHaveURL(/\?status=in-progress&owner=$/);
    expect(await shownActions(page)).toEqual(["action-1", "action-5"]);
    await filters.getByLabel("Owner contains").fill("nhs barnet");
    await apply();
    await expect(page).toHaveURL(/\?status=in-progress&owner=nhs\+barnet$/);
    expect(await shownActions(page)).toEqual(["action-1"]);
    await expect(page.getByRole("status").filter({ hasText: "actions match the filters" })).toHaveText("1 of 5 actions match the filters");
    await filters.getByLabel("Show status").selectOption({ label: "Any status" });
    await filters.getByLabel("Owner contains").fill("");
    await filters.getByLabel("Only overdue actions").check();
    await apply();
    await expect(page).toHaveURL(/\?status=&owner=&overdue=1$/);
    const overdue = (await planJson(page)).actions.filter((a: PlanJson["actions"][number]) => a.overdue);
    expect(overdue).toHaveLength(4);
    expect(await shownActions(page)).toEqual(overdue.map((a: PlanJson["actions"][number]) => `action-${a.recommendation.number}`));

    // The downloads hold what was saved.
    const plan = await csvOf(page, "format=csv");
    expect(plan[0]).toEqual([
      "Authority",
      "Report date",
      "Recommendation",
      "Text",
      "Deadline",
      "Status",
      "Reason not accepted",
      "Owner",
      "Target date",
      "Overdue",
      "Date completed",
      "Evidence",
      "Evidence links",
      "Latest note",
    ]);
    const row = (n: number) => plan.find((r) => r[2] === String(n));
    const { text, deadline } = before.recommendation;
    expect(row(5)).toEqual([
      "Barnet",
      "2012-02-24",
      "5",
      text,
      deadline,
      "In progress",
      "",
      "Named Nurse, Barnet",
      target,
      "",
      "",
      "",
      "",
      note,
    ]);
    const first = row(1)!;
    expect([first[5], first[7], first[8], first[9]]).toEqual(["In progress", "Head of Safeguarding, NHS Barnet", "2012-09-30", "Overdue"]);
    expect(plan).toHaveLength(6);
    const history = await csvOf(page, "what=history");
    expect(history[0]).toEqual(["Authority", "Report date", "Recommendation", "When", "Who", "Field", "From", "To"]);
    const fifthChanges = history.filter((r) => r[2] === "5");
    for (const r of fifthChanges) expect(r[3]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(fifthChanges.map((r) => r.slice(4))).toEqual(
      expect.arrayContaining([
        ["Eddie Editor", "Status", "Not started", "In progress"],
        ["Eddie Editor", "Owner", "", "Named Nurse, Barnet"],
        ["Eddie Editor", "Target date", before.targetDate, target],
        ["Eddie Editor", "Progress note", "", note],
      ]),
    );
    await context.close();

    // The admin overview counts what is overdue and what is due in the next 3 months.
    const admin = await signedIn("admin");
    await admin.page.goto("/actions");
    const overview = admin.page.getByRole("table", { name: /Plans of each authority’s latest report/ });
    const cells = (name: string) =>
      overview
        .getByRole("row")
        .filter({ has: admin.page.getByRole("rowheader", { name }) })
        .getByRole("cell");
    // Report date, actions, completed, overdue, due in the next 3 months.
    await expect(cells("Barnet")).toHaveText(["24 February 2012", "5", "0", "4", "1"]);
    await expect(cells("Dudley")).toHaveText(["25 January 2012", "12", "0", "12", "0"]);
  });
});

test.describe("signing in", () => {
  test("an unknown address and a wrong password get the same answer; 5 failures lock the account for 15 minutes", async ({ page }) => {
    const attempt = async (email: string, password: string) => {
      await page.goto("/sign-in");
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
      return page.getByRole("alert", { name: "There is a problem" });
    };
    await expect(await attempt("nobody@e2e.test", "whatever-it-is")).toContainText("The email address or password is not right");
    for (let i = 1; i <= 4; i++)
      await expect(await attempt(E2E_PEOPLE.lockable.email, `wrong-${i}`)).toContainText("The email address or password is not right");
    await expect(await attempt(E2E_PEOPLE.lockable.email, "wrong-5")).toContainText(
      /Too many failed attempts to sign in\. Try again after \d\d:\d\d \(in 15 minutes\)/,
    );
    await expect(await attempt(E2E_PEOPLE.lockable.email, E2E_PASSWORD)).toContainText("Too many failed attempts to sign in");
    expect((await page.request.get("/actions", { maxRedirects: 0 })).status()).toBe(307);
  });

  test("signing in starts a new session, and the old one no longer works", async ({ page, context, browser }) => {
    await signIn(page, "viewerOfBarnet");
    const first = (await context.cookies()).find((c) => c.name.endsWith("session_token"));
    expect(first).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await signIn(page, "viewerOfBarnet");
    const second = (await context.cookies()).find((c) => c.name.endsWith("session_token"));
    expect(second!.value).not.toBe(first!.value);
    const elsewhere = await browser.newContext();
    await elsewhere.addCookies([first!]);
    expect((await elsewhere.request.get("/actions", { maxRedirects: 0 })).status()).toBe(307);
    await elsewhere.close();
  });

  test("disabling an account ends its sessions", async ({ signedIn }) => {
    const person = await signedIn("disposable");
    const admin = await signedIn("admin");
    await admin.page.goto("/admin/people");
    await admin.page.getByRole("button", { name: `Disable ${E2E_PEOPLE.disposable.email}` }).click();
    await expect(admin.page.getByRole("row", { name: new RegExp(E2E_PEOPLE.disposable.email) })).toContainText("Disabled");
    expect((await person.page.request.get("/actions", { maxRedirects: 0 })).status()).toBe(307);
    await admin.context.close();
    await person.context.close();
  });

  test("public pages are the same bytes whether signed in or not", async ({ signedIn }) => {
    const anonymous = await signedIn(null);
    const admin = await signedIn("admin");
    for (const path of ["/", "/authorities/barnet", "/recommendations", "/about"]) {
      const [a, b] = await Promise.all([anonymous.page.request.get(path), admin.page.request.get(path)]);
      expect(await b.body(), path).toEqual(await a.body());
      // A cacheable document (an ETag, kept by the document layer), the same one for both.
      expect(a.headers().etag, path).toBeTruthy();
      expect(b.headers().etag).toBe(a.headers().etag);
    }
    await anonymous.context.close();
    await admin.context.close();
  });
});

test.describe("refused writes to accounts and imports", () => {
  const NEW_PERSON = "refused.person@e2e.test";
  // The account the refused disable and reset name: its session must outlive them.
  const TARGET = E2E_PEOPLE.viewerOfBarnet.email;
  const CROSS_SITE = "This form can only be sent from this site’s own pages";

  /** The admin's writes, each as its form on the admin's page would post it (Next's action fields included). */
  async function adminWrites(admin: Page) {
    const [people, importForms] = await Promise.all(
      ["/admin/people", "/import"].map(async (p) => renderedForms(await (await admin.request.get(p)).text())),
    );
    const add = people.find((f) => "role" in f)!;
    const buttons = people.find((f) => f.email === TARGET)!;
    const upload = importForms.find((f) => f.intent === "preview")!;
    return {
      "save a report": { path: "/import", fields: { ...upload, intent: "save", name: "refusedshire.txt", text: dudleyAs("Refusedshire") } },
      "add a person": { path: "/admin/people", fields: { ...add, email: NEW_PERSON, name: "Refused Person", role: "admin" } },
      "disable a person": { path: "/admin/people", fields: { ...buttons, intent: "disable" } },
      "reset a password": { path: "/admin/people", fields: { ...buttons, intent: "reset" } },
    };
  }

  /** What the writes would change, as the admin sees it. */
  async function state(admin: Page) {
    const people = await (await admin.request.get("/admin/people")).text();
    return {
      added: people.includes(NEW_PERSON),
      targetActive: people.includes(`Disable ${TARGET}`),
      report: (await admin.request.get("/authorities/refusedshire")).status(),
    };
  }
  const UNCHANGED = { added: false, targetActive: true, report: 404 };

  test("an editor, a viewer or someone signed out posting an admin's forms changes nothing", async ({ signedIn, baseURL }) => {
    const admin = await signedIn("admin");
    const writes = await adminWrites(admin.page);
    const target = await signedIn("viewerOfBarnet");
    const posters = [await signedIn("editorOfBarnet"), target, await signedIn(null)];
    for (const [i, { page }] of posters.entries()) {
      for (const [what, { path, fields }] of Object.entries(writes)) {
        const answer = await page.request.post(path, { multipart: fields, headers: { origin: baseURL! }, maxRedirects: 0 });
        const who = ["editor", "viewer", "signed out"][i];
        expect(answer.status(), `${who}: ${what}`).toBeLessThan(500);
        if (path === "/import")
          expect(await answer.text(), `${who}: ${what}`).toContain("Only an admin can save reports: sign in as an admin");
      }
    }
    expect(await state(admin.page)).toEqual(UNCHANGED);
    // Neither disabled nor reset: the target's session still works.
    expect((await target.page.request.get("/actions", { maxRedirects: 0 })).status()).toBe(200);
  });

  // A write whose Origin names another site is refused by the server before Next sees it (403, in
  // words: lib/security/same-origin.mjs); one with no Origin, or that the browser marks cross-site,
  // by the form itself (lib/accounts/origin.ts), in its own words.
  const CROSS_SITE_POSTS = [
    { as: "with another site's Origin", headers: (): Record<string, string> => ({ origin: "http://evil.example" }), byServer: true },
    { as: "with no Origin", headers: (): Record<string, string> => ({}), byServer: false },
    { as: "marked cross-site by the browser", headers: (own: string) => ({ origin: own, "sec-fetch-site": "cross-site" }), byServer: true },
  ];

  test("sign-in, set-password, people and import forms posted from another site are refused and change nothing", async ({
    signedIn,
    baseURL,
  }) => {
    const admin = await signedIn("admin");
    const anonymous = await signedIn(null);
    const formOf = async (path: string) =>
      renderedForms(await (await anonymous.page.request.get(path)).text()).find((f) => "password" in f)!;
    const setPassword = "/set-password?token=not-a-real-token";
    const cases = [
      {
        what: "sign in",
        page: anonymous.page,
        path: "/sign-in",
        fields: { ...(await formOf("/sign-in")), email: E2E_PEOPLE.admin.email, password: E2E_PASSWORD },
      },
      {
        what: "set a password",
        page: anonymous.page,
        path: setPassword,
        fields: { ...(await formOf(setPassword)), password: "a-new-password-0123" },
      },
      ...Object.entries(await adminWrites(admin.page)).map(([what, write]) => ({ what, page: admin.page, ...write })),
    ];
    for (const { what, page, path, fields } of cases)
      for (const { as, headers, byServer } of CROSS_SITE_POSTS) {
        const answer = await page.request.post(path, { multipart: fields, headers: headers(baseURL!), maxRedirects: 0 });
        expect(answer.status(), `${what} ${as}`).toBe(byServer ? 403 : 200);
        expect(await answer.text(), `${what} ${as}`).toContain(byServer ? "sent from another site" : CROSS_SITE);
      }
    expect(await state(admin.page)).toEqual(UNCHANGED);
    // The cross-site sign-in started no session.
    expect((await anonymous.page.request.get("/actions", { maxRedirects: 0 })).status()).toBe(307);
  });
});

test.describe("re-importing a report", () => {
  test.use({ baseURL: IMPORT_SERVER.baseURL });

  test("keeps each action on its recommendation; one whose text changed is kept and shown to admins only as unmatched; a later report starts a new plan", async ({
    page,
    browser,
  }) => {
    const text = dudleyAs("Replanton");
    await saveThroughImportForm(page, text);
    const plan = "/authorities/replanton/actions";
    await page.goto(plan);
    for (const [n, owner] of [
      [1, "Kept owner"],
      [2, "Orphaned owner"],
    ] as const) {
      await actionSection(page, n).getByLabel("Owner").fill(owner);
      await actionSection(page, n).getByRole("button", { name: "Save action" }).click();
      await expect(actionSection(page, n).getByRole("status")).toHaveText("Action saved.");
    }
    // The same report, its second recommendation reworded: saving replaces the stored copy.
    await saveThroughImportForm(page, text.replace("ensure timely access to emotional", "secure timely access to emotional"));
    await page.goto(plan);
    await expect(actionSection(page, 1).getByRole("definition").filter({ hasText: "Kept owner" })).toBeVisible();
    await expect(actionSection(page, 2).getByRole("definition").filter({ hasText: "Not given" })).toBeVisible();
    const unmatched = page.getByRole("region", { name: /no longer in the report \(1\)/ });
    await expect(unmatched).toContainText("Orphaned owner");
    await expect(unmatched).toContainText("ensure timely access to emotional");

    // A viewer of the plan, added by the admin and setting a password through the link, is not shown them.
    await page.goto("/admin/people");
    await page.getByLabel("Email address").fill("viewer.replanton@e2e.test");
    await page.getByLabel("Name").fill("Rita Replanton");
    await page.getByLabel("Role").selectOption({ label: "Viewer" });
    await page.getByLabel("Authorities").fill("replanton");
    await page.getByRole("button", { name: "Add person" }).click();
    await expect(page.getByRole("status")).toContainText("viewer.replanton@e2e.test is added.");
    const link = (await page.getByRole("status").locator("code").textContent())!;
    const viewer = await (await browser.newContext({ baseURL: IMPORT_SERVER.baseURL })).newPage();
    await viewer.goto(link);
    await viewer.getByLabel("New password").fill("replanton-viewer-password");
    await viewer.getByRole("button", { name: "Set password" }).click();
    await expect(viewer).toHaveURL(/\/sign-in\?password-set=1/);
    await viewer.goto(`/sign-in?next=${encodeURIComponent(plan)}`);
    await viewer.getByLabel("Email address").fill("viewer.replanton@e2e.test");
    await viewer.getByLabel("Password").fill("replanton-viewer-password");
    await viewer.getByRole("button", { name: "Sign in" }).click();
    await expect(viewer.getByRole("heading", { level: 1 })).toHaveText("Replanton: action plan");
    await expect(actionSection(viewer, 1).getByRole("definition").filter({ hasText: "Kept owner" })).toBeVisible();
    await expect(viewer.getByText("no longer in the report")).toHaveCount(0);
    expect(await viewer.content()).not.toContain("Orphaned owner");

    // A later report starts a new plan; the earlier plan stays readable through its link.
    await saveThroughImportForm(page, text.replace("25th January 2012", "25th January 2013"));
    await page.goto(plan);
    await expect(page.getByText("Report of 25 January 2013")).toBeVisible();
    await expect(actionSection(page, 1).getByRole("definition").filter({ hasText: "Not given" })).toBeVisible();
    await expect(unmatched).toHaveCount(0);
    await page.getByRole("link", { name: "25 January 2012" }).click();
    await expect(page).toHaveURL(/\/authorities\/replanton\/actions\?report=2012-01-25$/);
    await expect(page.getByText("Report of 25 January 2012")).toBeVisible();
    await expect(actionSection(page, 1).getByRole("definition").filter({ hasText: "Kept owner" })).toBeVisible();
    await expect(unmatched).toContainText("Orphaned owner");
    await viewer.context().close();
  });
});
