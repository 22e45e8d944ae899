import fs from "node:fs";
import path from "node:path";
import { expect, signIn, test } from "./fixtures";
import { expectHashPolicy } from "./http";
import { IMPORT_SERVER } from "./servers";

const PAGES = [
  "/",
  "/about",
  "/authorities/barnet",
  "/compare?a=barnet&b=dudley",
  "/recommendations?deadline=3",
  "/search?q=CAMHS",
  "/import",
  "/no-such-page",
];
const NON_PAGES = ["/api/authorities", "/api/authorities/barnet", "/api/recommendations?format=csv", "/api/health", "/api/nope"];

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  expect(headers["x-frame-options"], where).toBe("DENY");
  const csp = headers["content-security-policy"];
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).not.toContain("unsafe-inline");
}

test.describe("security headers", () => {
  for (const url of [...PAGES, ...NON_PAGES]) {
    test(`on ${url}`, async ({ request }) => {
      const response = await request.get(url);
      expectSecurityHeaders(response.headers(), url);
    });
  }

  test("pages name their inline scripts by hash, carry no nonce, and are the same bytes on every request", async ({ request }) => {
    const [first, second] = [await request.get("/"), await request.get("/")];
    const html = await first.text();
    expectHashPolicy(html, first.headers()["content-security-policy"]);
    expect(await second.text()).toBe(html);
    expect(second.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);
  });

  test("static files are served with a policy too", async ({ page, request }) => {
    await page.goto("/");
    const chunk = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
    const response = await request.get(chunk!);
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response.headers(), chunk!);
  });

  test("the policy blocks nothing the app itself needs", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    for (const url of PAGES) await page.goto(url);
    // Client components still run: the navigation marks the current section.
    await page.goto("/recommendations");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Recommendations" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(violations).toEqual([]);
  });
});

test("links navigate in the browser without reloading, served by RSC payloads rather than cached pages", async ({ page }) => {
  const payloadTypes: string[] = [];
  page.on("response", (r) => {
    if (r.url().includes("_rsc=")) payloadTypes.push(r.headers()["content-type"] ?? "");
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Local authorities");
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(payloadTypes.length).toBeGreaterThan(0);
  for (const type of payloadTypes) expect(type).toContain("text/x-component");
});

test("the health endpoint checks the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toEqual({ status: "ok", database: "ok", journalMode: "wal", reports: 2 });
});

const MARKUP = "<script>alert(1)</script>";
const HOSTILE_URLS = [
  "/authorities/nowhere",
  "/authorities/..%2F..%2Fetc%2Fpasswd",
  "/authorities/%2e%2e/%2e%2e/package.json",
  "/authorities/%E0%A4%A",
  "/authorities/%C0%AF",
  "/authorities/%ZZ",
  `/authorities/${encodeURIComponent(MARKUP)}`,
  "/authorities/barnet?report=2012-13-45",
  "/authorities/barnet?report=9999-01-01",
  `/authorities/barnet?report=${encodeURIComponent(MARKUP)}`,
  `/compare?a=${encodeURIComponent(MARKUP)}&b=dudley`,
  "/compare?a=barnet&a=dudley&b=barnet&b=dudley",
  `/compare?a=${"x".repeat(5000)}&b=barnet`,
  "/compare?a=%FF%FE&b=%00",
  "/recommendations?deadline=%27%20OR%201%3D1%20--",
  `/recommendations?q=${encodeURIComponent(MARKUP)}`,
  `/recommendations?q=${encodeURIComponent("<img src=x onerror=alert(1)>")}`,
  `/recommendations?q=${"a".repeat(20000)}`,
  `/recommendations?${Array.from({ length: 500 }, (_, i) => `deadline=${i}`).join("&")}`,
  "/recommendations?page=99999999999999999999999",
  "/recommendations?page=-1&dueBefore=2012-02-30&dueAfter=yesterday",
  "/recommendations?source=%00&authority=%E0%A4%A",
  "/recommendations?dueAfter=2013-01-01&dueBefore=2012-01-01",
  `/search?q=${encodeURIComponent(MARKUP)}`,
  "/search?q=%22%22%22%22&outcome=999",
  "/search?q=%FF",
  "/search?q=%E0%A4%A",
  `/search?q=${encodeURIComponent('NEAR(a b, 1) OR col:* ^x " AND (')}`,
  "/search?q=CAMHS&page=0",
  "/api/authorities/%00",
  "/api/authorities/..%2F..%2Fpackage.json",
  `/api/authorities/barnet?report=${encodeURIComponent(MARKUP)}`,
  "/api/compare?a=barnet&b=barnet",
  `/api/compare?a=${encodeURIComponent("' OR 1=1 --")}&b=dudley`,
  "/api/recommendations?format=exe",
  `/api/recommendations?q=${encodeURIComponent(MARKUP)}&format=csv`,
  "/api/recommendations?page=abc&deadline=%25",
  `/api/search?q=${encodeURIComponent(MARKUP)}`,
  "/api/search?q=%E0%A4%A",
  "/api/authorities/%E0%A4%A",
  "/import?preview=../../etc/passwd",
  "/..%2f..%2fpackage.json",
  "/_next/static/..%2f..%2fpackage.json",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/.env",
  "/prisma/schema.prisma",
  "/data/e2e.db",
];

test.describe("hostile URLs", () => {
  test("never cause a server error, never leak files, never reflect markup", async ({ request }) => {
    // Dozens of requests in turn, several of them whole pages rendered for the first time.
    test.slow();
    const failures: string[] = [];
    for (const url of HOSTILE_URLS) {
      const response = await request.get(url, { maxRedirects: 0 });
      const status = response.status();
      const body = await response.text();
      if (status >= 500) failures.push(`${url} → ${status}`);
      if (body.includes(MARKUP) || body.includes("<img src=x onerror")) failures.push(`${url} reflects markup`);
      if (/"name":\s*"inspection-reports"|provider\s*=\s*"sqlite"|SQLite format 3|root:x:0:0/.test(body))
        failures.push(`${url} leaks a file`);
    }
    expect(failures).toEqual([]);
  });
});

test.describe("report text is data, never markup", () => {
  test.use({ baseURL: IMPORT_SERVER.baseURL });

  test("a report with scripts, event handlers and javascript: links imports and renders inert", async ({ page, request }) => {
    const dudley = fs.readFileSync(path.join(import.meta.dirname, "..", "seed", "reports", "dudley.txt"), "utf8");
    const hostile = dudley
      .replaceAll("Dudley", "Scriptham")
      .replace("1.1 The contribution", `1.1 <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> The contribution`)
      .replace(
        "2.1 Children and young people",
        '2.1 [click me](javascript:window.__pwned=3) <a href="javascript:window.__pwned=4">here</a> Children and young people',
      )
      .replace("- address gaps", '- <iframe src="javascript:window.__pwned=5"></iframe> address gaps');
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await signIn(page, "admin", "/import");
    await page.getByLabel("Paste the report’s text").fill(hostile);
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Scriptham" })).toBeVisible();
    await page.getByRole("button", { name: "Save report" }).click();
    await expect(page.getByRole("status")).toContainText("is saved");

    for (const url of [
      "/authorities/scriptham",
      "/compare?a=scriptham&b=barnet",
      "/search?q=pwned",
      "/recommendations?authority=scriptham",
    ]) {
      await page.goto(url);
      await expect(page.getByRole("main")).toContainText(url.startsWith("/recommendations") ? "iframe" : "pwned");
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator("main script, main img[onerror], main iframe, main a[href^='javascript:']").count()).toBe(0);
    }
    await page.goto("/authorities/scriptham");
    await expect(page.locator("#p-1-1")).toContainText("<script>window.__pwned = 1</script>");
    const api = await request.get("/api/authorities/scriptham");
    expect(api.headers()["content-type"]).toContain("application/json");
    expect(dialogs).toBe(0);
  });
});
