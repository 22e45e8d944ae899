/**
 * deploy/nginx.conf in front of two app processes on one database, as in
 * production: nginx is started first, then the apps, and every request here
 * goes through nginx. Needs Debian's nginx (scripts/ensure-nginx.sh).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startNginx } from "../deploy/local-nginx.mjs";
import { expect, test } from "./fixtures";
import { BROWSER_ACCEPT_ENCODING, decode, expectHashPolicy, rawGet } from "./http";

const ROOT = path.join(import.meta.dirname, "..");
const mainPort = Number(process.env.E2E_PORT ?? 3100);
const NGINX_PORT = mainPort + 60;
const APP_PORTS = [mainPort + 61, mainPort + 62];
const DATABASE = `${(process.env.E2E_DATABASE_URL ?? "data/e2e.db").replace(/\.db$/, "")}-nginx.db`;
const env = { ...process.env, DATABASE_URL: DATABASE, NEXT_TELEMETRY_DISABLED: "1" };

let nginx: ReturnType<typeof startNginx> | undefined;
const apps = new Map<number, ChildProcess>();
const NGINX_URL = `http://127.0.0.1:${NGINX_PORT}`;

function startApp(port: number) {
  apps.set(
    port,
    spawn(process.execPath, ["scripts/server.mjs", "-p", String(port), "-H", "127.0.0.1"], { cwd: ROOT, env, stdio: "inherit" }),
  );
}

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await rawGet(url, "/api/health")).status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Imports a copy of Dudley's report renamed, by the command line, as an admin on the server would. */
function importRenamedDudley(name: string) {
  const file = path.join(nginx!.dir, `${name.toLowerCase()}.txt`);
  fs.writeFileSync(file, fs.readFileSync(path.join(ROOT, "seed", "reports", "dudley.txt"), "utf8").replaceAll("Dudley", name));
  execFileSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/import.ts", file], { cwd: ROOT, env, stdio: "inherit" });
}

test.describe("behind nginx (deploy/nginx.conf)", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    // nginx first: it must cope with apps that are not there yet (502), then serve them once they are.
    nginx = startNginx({ port: NGINX_PORT, upstreamPorts: APP_PORTS });
    execFileSync("bash", ["scripts/prepare-e2e-db.sh"], { cwd: ROOT, env, stdio: "inherit" });
    for (const port of APP_PORTS) startApp(port);
    await Promise.all(APP_PORTS.map((port) => waitFor(`http://127.0.0.1:${port}`, 120_000)));
    await waitFor(NGINX_URL, 10_000);
  });

  test.afterAll(() => {
    for (const app of apps.values()) app.kill("SIGTERM");
    nginx?.stop();
  });

  test("answers hot pages from its own cache: the same bytes, 304 for a browser that has the page", async () => {
    for (const page of ["/", "/authorities/barnet", "/compare?a=barnet&b=dudley"]) {
      const first = await rawGet(NGINX_URL, page, { "accept-encoding": BROWSER_ACCEPT_ENCODING });
      expect(first.status).toBe(200);
      const statuses = new Set<string>();
      for (let i = 0; i < 20; i++) {
        const again = await rawGet(NGINX_URL, page, { "accept-encoding": BROWSER_ACCEPT_ENCODING });
        statuses.add(String(again.headers["x-cache-status"]));
        expect(again.body.equals(first.body)).toBe(true);
        expect(again.headers.etag).toBe(first.headers.etag);
        expect(again.headers["x-accel-expires"]).toBeUndefined();
      }
      // From nginx's cache (HIT) within the second, revalidated with the app (304) after it.
      expect([...statuses].filter((status) => !["HIT", "REVALIDATED"].includes(status))).toEqual([]);
      expect(statuses).toContain("HIT");
      expectHashPolicy(decode(first), String(first.headers["content-security-policy"]));
      const conditional = await rawGet(NGINX_URL, page, {
        "accept-encoding": BROWSER_ACCEPT_ENCODING,
        "if-none-match": first.headers.etag!,
      });
      expect(conditional.status).toBe(304);
      expect(conditional.body.length).toBe(0);
    }
  });

  test("pages from nginx's cache run in Chromium with nothing blocked, and navigate in place", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const cacheStatus: string[] = [];
    page.on("response", (r) => {
      if (r.request().resourceType() === "document") cacheStatus.push(r.headers()["x-cache-status"] ?? "none");
    });
    const urls = ["/", "/authorities/dudley", "/recommendations?deadline=3", "/search?q=CAMHS", "/about"];
    for (const url of urls) {
      await rawGet(NGINX_URL, url, { "accept-encoding": BROWSER_ACCEPT_ENCODING }); // into nginx's cache
      await page.goto(NGINX_URL + url);
    }
    expect(cacheStatus).toHaveLength(urls.length);
    for (const status of cacheStatus) expect(["HIT", "REVALIDATED"]).toContain(status);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(violations).toEqual([]);
  });

  test("within a second of an import from the command line, nginx sends the new data, with nothing purged; both processes see it", async () => {
    const before = await rawGet(NGINX_URL, "/", { "accept-encoding": BROWSER_ACCEPT_ENCODING });
    expect(decode(before)).not.toContain("Proxyshire");
    importRenamedDudley("Proxyshire");
    const imported = Date.now();

    // Asked every 50 ms, as a crowd of readers would: the old page, kept by nginx, until the new one.
    let after = before;
    let askedAt = imported;
    while (!decode(after).includes("Proxyshire") && Date.now() - imported < 3_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      askedAt = Date.now();
      after = await rawGet(NGINX_URL, "/", { "accept-encoding": BROWSER_ACCEPT_ENCODING });
    }
    expect(decode(after)).toContain("Proxyshire");
    // The first request asked after the second is up gets the new page (one 50 ms step of slack; the
    // time the app takes to render the new page, slow on a loaded machine, is not staleness).
    expect(askedAt - imported).toBeLessThanOrEqual(1_050);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    for (const port of APP_PORTS) {
      expect(decode(await rawGet(`http://127.0.0.1:${port}`, "/", { "accept-encoding": "gzip" }))).toContain("Proxyshire");
    }
    const authority = await rawGet(NGINX_URL, "/authorities/proxyshire", { "accept-encoding": BROWSER_ACCEPT_ENCODING });
    expect(authority.status).toBe(200);
  });

  test("loses no request while one app process is stopped under load: nginx sends them to the other", async () => {
    const failures: string[] = [];
    let answered = 0;
    let loading = true;
    const client = async (n: number) => {
      for (let i = 0; loading; i++) {
        // Every URL new to nginx, so that each request reaches an app process.
        const url = i % 2 ? `/search?q=CAMHS&n=${n}-${i}` : `/authorities/barnet?n=${n}-${i}`;
        try {
          const answer = await rawGet(NGINX_URL, url, { "accept-encoding": "gzip" });
          if (answer.status === 200) answered++;
          else failures.push(`${url}: ${answer.status}`);
        } catch (error) {
          failures.push(`${url}: ${String(error)}`);
        }
      }
    };
    const clients = Array.from({ length: 8 }, (_, n) => client(n));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const [stopped] = APP_PORTS;
    const exited = new Promise((resolve) => apps.get(stopped)!.once("exit", resolve));
    apps.get(stopped)!.kill("SIGTERM");
    await exited;
    const answeredWhenStopped = answered;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    loading = false;
    await Promise.all(clients);
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(answeredWhenStopped);
    startApp(stopped);
    await waitFor(`http://127.0.0.1:${stopped}`, 120_000);
  });
});
