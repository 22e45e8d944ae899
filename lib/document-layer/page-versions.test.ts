import fs from "node:fs";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { councilByLaNumber, matchCouncil } from "../councils";
import { reassessStale } from "../import/reassess";
import { saveReport } from "../import/save-report";
import { parseReport } from "../report/parse-report";
import { seedReportText } from "../testing/reports";
import { createTestDb, type TestDb } from "../testing/test-db";
import { documentLayer } from "./layer.mjs";
import { authorityScope, LISTS, pageVersions, scopeOfPath } from "./page-versions.mjs";
import { councilsListing, renewAuthorityPages } from "./renew-pages";

describe("scopeOfPath", () => {
  it.each([
    ["/authorities/barnet", "authority:barnet"],
    ["/authorities/barnet/neighbours", "authority:barnet"],
    ["/api/authorities/dudley", "authority:dudley"],
    ["/authorities/Barn%65t", "authority:barnet"],
    ["/authorities/%E0%A4%A", LISTS],
    ["/", LISTS],
    ["/api/authorities", LISTS],
    ["/compare", LISTS],
    ["/themes/consent", LISTS],
  ])("%s → %s", (pathname, scope) => expect(scopeOfPath(pathname)).toBe(scope));
});

describe("councilsListing", () => {
  it("reads the lookup’s one-way neighbour lists backwards: Dudley is listed by Wakefield, Rotherham and Telford among others", () => {
    const dudley = matchCouncil("Dudley")!;
    const listing = councilsListing(dudley.laNumber).map((la) => councilByLaNumber(la)!.name);
    expect(listing).toEqual(expect.arrayContaining(["Wakefield", "Rotherham", "Telford and Wrekin"]));
    for (const la of councilsListing(dudley.laNumber)) expect(councilByLaNumber(la)!.neighbours).toContain(dudley.laNumber);
  });
});

/** Saves a seed report (real text), renamed when asked. */
async function save(db: TestDb["db"], name: "barnet" | "dudley", renamed?: string) {
  const text = renamed ? seedReportText(name).replaceAll("Dudley", renamed) : seedReportText(name);
  return saveReport(db, parseReport(text), { name: `${renamed ?? name}.txt`, text });
}

// One database for these: each compares versions before and after its own write.
describe("page versions in the database", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = createTestDb();
    await save(t.db, "barnet");
  });
  afterAll(async () => {
    await t.close();
  });

  it("an import raises its own authority and the lists, and leaves another authority's pages alone", async () => {
    const versionOf = pageVersions(t.file);
    const before = ["barnet", "dudley"].map((slug) => versionOf(authorityScope(slug)));
    const lists = versionOf(LISTS);
    await save(t.db, "dudley");
    expect(versionOf(authorityScope("barnet"))).toBe(before[0]);
    expect(versionOf(authorityScope("dudley"))).not.toBe(before[1]);
    expect(versionOf(LISTS)).not.toBe(lists);
  });

  it("raises the stored authorities that list the imported one as a statistical neighbour", async () => {
    const wakefield = matchCouncil("Wakefield")!;
    await t.db.authority.create({ data: { slug: "wakefield", name: "Wakefield", laNumber: wakefield.laNumber } });
    const versionOf = pageVersions(t.file);
    const before = [versionOf(authorityScope("wakefield")), versionOf(authorityScope("barnet"))];
    await renewAuthorityPages(t.db, "dudley", matchCouncil("Dudley")!.laNumber);
    expect(versionOf(authorityScope("wakefield"))).not.toBe(before[0]);
    expect(versionOf(authorityScope("barnet"))).toBe(before[1]);
  });

  it("is not raised by saving the same text again, nor by writes that change no public page", async () => {
    const versionOf = pageVersions(t.file);
    const before = [versionOf(authorityScope("barnet")), versionOf(LISTS)];
    expect((await save(t.db, "barnet")).outcome).toBe("unchanged");
    await t.db.user.create({ data: { id: "u1", name: "A", email: "a@example.org" } });
    expect([versionOf(authorityScope("barnet")), versionOf(LISTS)]).toEqual(before);
  });

  it("a write that rolls back raises nothing", async () => {
    const versionOf = pageVersions(t.file);
    const before = versionOf(authorityScope("barnet"));
    await expect(
      t.db.$transaction(async (tx) => {
        await renewAuthorityPages(tx, "barnet", null);
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    expect(versionOf(authorityScope("barnet"))).toBe(before);
  });

  it("reading every report again renews every page", async () => {
    const versionOf = pageVersions(t.file);
    const before = [versionOf(authorityScope("barnet")), versionOf(LISTS)];
    await reassessStale(t.db, { all: true });
    expect(versionOf(authorityScope("barnet"))).not.toBe(before[0]);
    expect(versionOf(LISTS)).not.toBe(before[1]);
  });

  it("is seen by a layer reading through its own connection, as another process would", async () => {
    const versionOf = pageVersions(t.file);
    const before = versionOf(authorityScope("barnet"));
    const other = new Database(t.file);
    other
      .prepare(`INSERT INTO "PageVersion" ("scope", "version") VALUES ('authority:barnet', 7) ON CONFLICT DO UPDATE SET "version" = 7`)
      .run();
    other.close();
    expect(versionOf(authorityScope("barnet"))).not.toBe(before);
  });
});

it("looks at the file at most once per window, and at once when told to (decision 0017)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "versions-"));
  const file = path.join(dir, "plain.db");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec("create table t (x)");
  const versionOf = pageVersions(file, { recheckMs: 100 });
  const before = versionOf(LISTS);
  db.prepare("insert into t values (1)").run();
  // Within the window: the version seen last, with no look at the file.
  expect(versionOf(LISTS)).toBe(before);
  await new Promise((resolve) => setTimeout(resolve, 120));
  const after = versionOf(LISTS);
  expect(after).not.toBe(before);
  db.prepare("insert into t values (2)").run();
  expect(versionOf(LISTS)).toBe(after);
  versionOf.recheck();
  expect(versionOf(LISTS)).not.toBe(after);
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it("follows the file's own version where the table is missing: any write renews everything", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "versions-"));
  const file = path.join(dir, "plain.db");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec("create table t (x)");
  const versionOf = pageVersions(file);
  const before = versionOf(LISTS);
  db.prepare("insert into t values (1)").run();
  expect(versionOf(LISTS)).not.toBe(before);
  expect(versionOf(authorityScope("a"))).toBe(versionOf(LISTS));
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the document layer after an import", () => {
  let t: TestDb;
  let server: http.Server;
  let base: string;
  const rendered: string[] = [];

  beforeEach(async () => {
    t = createTestDb();
    await save(t.db, "barnet");
    await save(t.db, "dudley");
    const fakeNext = async (req: IncomingMessage, res: ServerResponse) => {
      rendered.push(req.url!);
      const names = (await t.db.authority.findMany({ select: { name: true }, orderBy: { name: "asc" } })).map((a) => a.name);
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(`<!DOCTYPE html><p>${req.url} ${names.join(", ")}</p>`);
    };
    const serve = documentLayer(fakeNext, { databaseFile: t.file, recheckMs: 0 });
    server = http.createServer((req, res) => void serve(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  const timing = async (url: string) => (await fetch(base + url)).headers.get("server-timing");

  it("serves another authority's pages from memory, and renders the imported one's and the lists again", async () => {
    const urls = ["/authorities/barnet", "/authorities/barnet/neighbours", "/authorities/dudley", "/"];
    for (const url of urls) expect(await timing(url)).toMatch(/^rendered;dur=/);
    for (const url of urls) expect(await timing(url)).toBe("kept");
    rendered.length = 0;
    // Dudley's report again, one word changed: stored in place of the old one.
    const text = seedReportText("dudley").replace(/\bchildren\b/, "young people");
    expect((await saveReport(t.db, parseReport(text), { name: "dudley.txt", text })).outcome).toBe("replaced");
    expect(await save(t.db, "dudley", "Sandwellish")).toMatchObject({ outcome: "created", slug: "sandwellish" });
    expect(await timing("/authorities/barnet")).toBe("kept");
    expect(await timing("/authorities/barnet/neighbours")).toBe("kept");
    expect(await timing("/authorities/dudley")).toMatch(/^rendered/);
    expect(await timing("/")).toMatch(/^rendered/);
    expect(rendered).toEqual(["/authorities/dudley", "/"]);
    expect(await (await fetch(`${base}/`)).text()).toContain("Sandwellish");
  });
});
