import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_PEOPLE } from "../lib/testing/e2e-people";
import { expect, saveThroughImportForm, signIn, test, type E2EPerson } from "./fixtures";
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
    await posted;
    expect(await planJson(page)).toEqual(before);
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

test.describe("re-importing a report", () => {
  test.use({ baseURL: IMPORT_SERVER.baseURL });

  test("keeps each action on its recommendation; one whose text changed is kept and shown to admins as unmatched", async ({ page }) => {
    const text = fs
      .readFileSync(path.join(import.meta.dirname, "..", "seed", "reports", "dudley.txt"), "utf8")
      .replaceAll("Dudley", "Replanton");
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
  });
});
