/**
 * deploy/nginx.conf in front of the app, as in production: nginx is started
 * first, then an app process with a database of its own, and every request
 * here goes through nginx. Needs Debian's nginx (scripts/ensure-nginx.sh).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { BROWSER_ACCEPT_ENCODING, decode, expectHashPolicy, rawGet } from "./http";

const ROOT = path.join(import.meta.dirname, "..");
const NGINX = "/usr/sbin/nginx";
const mainPort = Number(process.env.E2E_PORT ?? 3100);
const NGINX_PORT = mainPort + 60;
const APP_PORT = mainPort + 61;
const NGINX_URL = `http://127.0.0.1:${NGINX_PORT}`;
const DATABASE = `${(process.env.E2E_DATABASE_URL ?? "data/e2e.db").replace(/\.db$/, "")}-nginx.db`;
const env = { ...process.env, DATABASE_URL: DATABASE, NEXT_TELEMETRY_DISABLED: "1" };

let dir: string;
let nginx: ChildProcess | undefined;
let app: ChildProcess | undefined;

/** deploy/nginx.conf as shipped, with only its port, upstream and cache directory moved for the test. */
function nginxConfig(): string {
  const site = fs
    .readFileSync(path.join(ROOT, "deploy", "nginx.conf"), "utf8")
    .replace("listen 80;", `listen 127.0.0.1:${NGINX_PORT};`)
    .replace("server 127.0.0.1:3000;", `server 127.0.0.1:${APP_PORT};`)
    .replace("/var/cache/nginx/inspection-reports", path.join(dir, "cache"));
  expect(site).toContain(`127.0.0.1:${APP_PORT}`);
  return `
${process.getuid?.() === 0 ? "user root;" : ""}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  default_type application/octet-stream;
  ${site}
}`;
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

test.describe("behind nginx (deploy/nginx.conf)", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    expect(fs.existsSync(NGINX), `${NGINX} is missing: run scripts/ensure-nginx.sh`).toBe(true);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-nginx-"));
    fs.writeFileSync(path.join(dir, "nginx.conf"), nginxConfig());
    execFileSync(NGINX, ["-t", "-q", "-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "inherit" });
    // nginx first: it must cope with an app that is not there yet (502), then serve it once it is.
    nginx = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "inherit" });
    execFileSync("bash", ["scripts/prepare-e2e-db.sh"], { cwd: ROOT, env, stdio: "inherit" });
    app = spawn(process.execPath, ["scripts/server.mjs", "-p", String(APP_PORT), "-H", "127.0.0.1"], { cwd: ROOT, env, stdio: "inherit" });
    await waitFor(NGINX_URL, 120_000);
  });

  test.afterAll(() => {
    app?.kill("SIGTERM");
    nginx?.kill("SIGQUIT");
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("keeps pages and revalidates them with the app: the same bytes, 304 for a browser that has the page", async () => {
    for (const page of ["/", "/authorities/barnet", "/compare?a=barnet&b=dudley"]) {
      const first = await rawGet(NGINX_URL, page, { "accept-encoding": BROWSER_ACCEPT_ENCODING });
      const second = await rawGet(NGINX_URL, page, { "accept-encoding": BROWSER_ACCEPT_ENCODING });
      expect(first.status).toBe(200);
      // Kept by nginx, stale at once, and revalidated with the app (which answers 304) on every request.
      expect(second.headers["x-cache-status"]).toBe("REVALIDATED");
      expect(second.body.equals(first.body)).toBe(true);
      expect(second.headers.etag).toBe(first.headers.etag);
      expect(second.headers["x-accel-expires"]).toBeUndefined();
      expectHashPolicy(decode(second), String(second.headers["content-security-policy"]));
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
    for (const url of ["/", "/authorities/dudley", "/recommendations?deadline=3", "/search?q=CAMHS", "/about"]) {
      await rawGet(NGINX_URL, url, { "accept-encoding": BROWSER_ACCEPT_ENCODING }); // into nginx's cache
      await page.goto(NGINX_URL + url);
    }
    expect(cacheStatus).toEqual(Array(5).fill("REVALIDATED"));
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(violations).toEqual([]);
  });

  test("the first request after an import from the command line gets the new data, with nothing purged", async () => {
    const before = await rawGet(NGINX_URL, "/", { "accept-encoding": BROWSER_ACCEPT_ENCODING });
    expect(decode(before)).not.toContain("Proxyshire");
    const file = path.join(dir, "proxyshire.txt");
    fs.writeFileSync(file, fs.readFileSync(path.join(ROOT, "seed", "reports", "dudley.txt"), "utf8").replaceAll("Dudley", "Proxyshire"));
    execFileSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/import.ts", file], { cwd: ROOT, env, stdio: "inherit" });

    const after = await rawGet(NGINX_URL, "/", { "accept-encoding": BROWSER_ACCEPT_ENCODING, "if-none-match": before.headers.etag! });
    expect(after.status).toBe(200);
    expect(after.headers["x-cache-status"]).toBe("EXPIRED");
    expect(decode(after)).toContain("Proxyshire");
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const authority = await rawGet(NGINX_URL, "/authorities/proxyshire", { "accept-encoding": BROWSER_ACCEPT_ENCODING });
    expect(authority.status).toBe(200);
  });
});
