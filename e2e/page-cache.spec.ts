import fs from "node:fs";
import path from "node:path";
import { expect, saveThroughImportForm, test } from "./fixtures";
import { BROWSER_ACCEPT_ENCODING, decode, expectHashPolicy, rawGet, type RawAnswer } from "./http";
import { IMPORT_SERVER } from "./servers";

/** Debian's full Chromium (scripts/ensure-browser.sh installs it beside the headless shell). */
const FULL_CHROMIUM = "/usr/bin/chromium";

const PAGES = [
  "/",
  "/about",
  "/authorities/barnet",
  "/compare?a=barnet&b=dudley",
  "/recommendations?deadline=3",
  "/search?q=CAMHS",
  "/themes",
  "/themes/consent?authority=dudley",
];

test.describe("pages as cacheable documents", () => {
  for (const page of PAGES) {
    test(`${page}: the same bytes every time, its inline scripts hashed in its policy, an ETag per encoding, and 304 on revalidation`, async ({
      baseURL,
    }) => {
      const first = await rawGet(baseURL!, page, { "accept-encoding": BROWSER_ACCEPT_ENCODING });
      const again = await rawGet(baseURL!, page, { "accept-encoding": BROWSER_ACCEPT_ENCODING });
      expect([first.status, again.status]).toEqual([200, 200]);
      expect(again.body.equals(first.body)).toBe(true);
      expect(again.headers["content-security-policy"]).toBe(first.headers["content-security-policy"]);
      expect(first.headers["content-encoding"]).toBe("br");
      expect(first.headers["cache-control"]).toBe("no-cache");
      expect(first.headers["cache-control"]).not.toContain("no-store");
      expect(first.headers.vary).toBe("RSC, Accept-Encoding");
      // nginx may keep it to the end of the second it was sent in (deploy/nginx.conf).
      expect(Number(String(first.headers["x-accel-expires"]).slice(1))).toBeCloseTo(Date.now() / 1000, -1);
      const etag = first.headers.etag!;
      expect(etag).toMatch(/^"[\w-]+\.br"$/); // strong: no W/
      expect(again.headers.etag).toBe(etag);

      const html = decode(first);
      expectHashPolicy(html, String(first.headers["content-security-policy"]));

      const gzipped = await rawGet(baseURL!, page, { "accept-encoding": "gzip" });
      const plain = await rawGet(baseURL!, page, { "accept-encoding": "identity" });
      expect(gzipped.headers["content-encoding"]).toBe("gzip");
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(decode(gzipped)).toBe(html);
      expect(plain.body.toString("utf8")).toBe(html);
      expect(new Set([etag, gzipped.headers.etag, plain.headers.etag]).size).toBe(3);

      const revalidated = await rawGet(baseURL!, page, { "accept-encoding": BROWSER_ACCEPT_ENCODING, "if-none-match": etag });
      expect(revalidated.status).toBe(304);
      expect(revalidated.body.length).toBe(0);
      expect(revalidated.headers.etag).toBe(etag);
    });
  }

  test("read-only JSON is kept and revalidated the same way, with a policy that lets nothing run", async ({ baseURL }) => {
    const json = await rawGet(baseURL!, "/api/authorities", { "accept-encoding": "gzip" });
    expect(json.headers["content-type"]).toMatch(/^application\/json/);
    expect(json.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(JSON.parse(decode(json)).authorities.map((a: { slug: string }) => a.slug)).toEqual(["barnet", "dudley"]);
    expect((await rawGet(baseURL!, "/api/authorities", { "accept-encoding": "gzip", "if-none-match": json.headers.etag! })).status).toBe(
      304,
    );
  });

  test("a page is restored from the back/forward cache", async ({ playwright }) => {
    // Playwright switches the back/forward cache off in the browsers it launches; this one keeps it.
    // The full browser: the headless shell the other tests run in (playwright.config.ts) has no
    // back/forward cache at all.
    const browser = await playwright.chromium.launch({
      ...test.info().project.use.launchOptions,
      ...(fs.existsSync(FULL_CHROMIUM) ? { executablePath: FULL_CHROMIUM } : {}),
      ignoreDefaultArgs: ["--disable-back-forward-cache"],
    });
    try {
      const page = await browser.newPage({ baseURL: test.info().project.use.baseURL });
      // On a loaded machine Chromium may give up on keeping a page ("timeout putting in cache"),
      // so it gets three tries; a page that can never be kept (no-store, an unload handler)
      // fails all three, with Chromium's own reasons in the message.
      const reasons: string[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        await page.goto("/authorities/barnet");
        await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
        await page.goto("/about");
        // A page restored from the cache fires no load event: wait only for the navigation.
        await page.goBack({ waitUntil: "commit" });
        await expect(page).toHaveURL(/\/authorities\/barnet$/);
        // The same JavaScript realm, kept whole: the page was not loaded again.
        if ((await page.evaluate(() => (window as unknown as { marker?: number }).marker)) === 42) return;
        await page.waitForLoadState("load");
        reasons.push(
          await page.evaluate(() =>
            JSON.stringify(
              (performance.getEntriesByType("navigation")[0] as unknown as { notRestoredReasons?: unknown })?.notRestoredReasons ?? null,
            ),
          ),
        );
      }
      throw new Error(`/authorities/barnet was never restored from the back/forward cache: ${reasons.join("; ")}`);
    } finally {
      await browser.close();
    }
  });
});

/** Dudley's report under another name: a new authority for the import server. */
const dudleyAs = (name: string) =>
  fs.readFileSync(path.join(import.meta.dirname, "..", "seed", "reports", "dudley.txt"), "utf8").replaceAll("Dudley", name);

test.describe("after an import", () => {
  test.use({ baseURL: IMPORT_SERVER.baseURL });
  // Tests in other workers import on this server too: what holds before this
  // test's own import is read again until no import fell between two reads.
  const steadily = { intervals: [100, 500, 1000], timeout: 15_000 };

  test("the next request sees the new data: the old ETag no longer validates", async ({ page, baseURL }) => {
    let before!: RawAnswer;
    await expect(async () => {
      before = await rawGet(baseURL!, "/", { "accept-encoding": "br" });
      expect((await rawGet(baseURL!, "/", { "accept-encoding": "br", "if-none-match": before.headers.etag! })).status).toBe(304);
    }).toPass(steadily);
    expect(decode(before)).not.toContain("Etagshire");

    await saveThroughImportForm(page, dudleyAs("Etagshire"));

    const after = await rawGet(baseURL!, "/", { "accept-encoding": "br", "if-none-match": before.headers.etag! });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(decode(after)).toContain("Etagshire");
    expectHashPolicy(decode(after), String(after.headers["content-security-policy"]));
  });

  test("an import renews only what it touches: another authority's page is still served from memory, the lists are new", async ({
    page,
    baseURL,
  }) => {
    const barnet = () => rawGet(baseURL!, "/authorities/barnet", { "accept-encoding": "br" });
    await barnet();
    // The document layer says in Server-Timing whether it rendered the page or sent it from memory.
    await expect(async () => expect((await barnet()).headers["server-timing"]).toBe("kept")).toPass(steadily);
    const before = await barnet();

    await saveThroughImportForm(page, dudleyAs("Keptshire"));

    const after = await barnet();
    expect(after.headers["server-timing"]).toBe("kept");
    expect(after.headers.etag).toBe(before.headers.etag);
    const home = await rawGet(baseURL!, "/", { "accept-encoding": "br" });
    expect(decode(home)).toContain("Keptshire");
    expect(home.headers["server-timing"]).toMatch(/^(rendered;dur=[\d.]+|kept)$/);
    expect((await rawGet(baseURL!, "/authorities/keptshire", { "accept-encoding": "br" })).status).toBe(200);
  });

  test("an import renews the pages of the councils that list it as a statistical neighbour", async ({ page, baseURL }) => {
    // Wakefield is one of Dudley's ten neighbours in the lookup: Dudley's page links to its report once there is one.
    // Dudley, not Barnet: the test above, which may run at the same time, needs Barnet's page kept.
    const dudley = () => rawGet(baseURL!, "/authorities/dudley", { "accept-encoding": "br" });
    await dudley();
    await expect(async () => expect((await dudley()).headers["server-timing"]).toBe("kept")).toPass(steadily);
    expect(decode(await dudley())).not.toContain("compare?a=dudley&amp;b=wakefield");

    await saveThroughImportForm(page, dudleyAs("Wakefield"));

    const after = await dudley();
    expect(after.headers["server-timing"]).toMatch(/^rendered/);
    expect(decode(after)).toContain("compare?a=dudley&amp;b=wakefield");
  });

  test("client-side navigation: its payloads are kept, and the first one after an import has the new data", async ({ page, request }) => {
    // Five page loads and an import: more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    const main = page.getByRole("navigation", { name: "Main" });
    const clickToAuthorities = async () => {
      await page.goto("/about");
      await main.getByRole("link", { name: "Authorities" }).click();
      await expect(main.getByRole("link", { name: "Authorities" })).toHaveAttribute("aria-current", "page");
    };
    // The RSC request of Next's router for a click on "Authorities" (not a prefetch), sent again as the router sent it.
    const navigation = page.waitForRequest((r) => {
      const sent = r.headers();
      return sent.rsc === "1" && !sent["next-router-prefetch"] && new URL(r.url()).pathname === "/";
    });
    await clickToAuthorities();
    const sent = await navigation;
    const routerHeaders = Object.fromEntries(Object.entries(sent.headers()).filter(([name]) => name === "rsc" || name.startsWith("next-")));
    const payload = async () => {
      const answer = await request.get(sent.url(), { headers: { ...routerHeaders, "accept-encoding": "br" } });
      expect(answer.status()).toBe(200);
      expect(answer.headers()["content-type"]).toBe("text/x-component");
      return { etag: answer.headers().etag, text: await answer.text() };
    };

    let first!: Awaited<ReturnType<typeof payload>>;
    await expect(async () => {
      first = await payload();
      expect((await payload()).etag).toBe(first.etag);
    }).toPass(steadily);
    expect(first.etag).toMatch(/^"[\w-]+\.br"$/);
    expect(first.text).toContain("Dudley");
    expect(first.text).not.toContain("Navshire");

    await saveThroughImportForm(page, dudleyAs("Navshire"));

    const after = await payload();
    expect(after.etag).not.toBe(first.etag);
    expect(after.text).toContain("Navshire");
    await clickToAuthorities();
    await expect(page.getByRole("link", { name: "Navshire", exact: true }).first()).toBeVisible();
  });
});
