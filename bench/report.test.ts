import { describe, expect, it } from "vitest";
import { chunkPath, scriptsInHtml } from "./client-js";
import { evaluateTargets, markdown } from "./report";
import type { BenchResults, RouteFigures } from "./types";

const route = (over: Partial<RouteFigures>): RouteFigures => ({
  name: "home",
  path: "/",
  kind: "route",
  status: 200,
  htmlBytes: 1000,
  htmlGzipBytes: 300,
  sentBytes: 300,
  requestsPerSecond: 900,
  cpuMsPerRequest: 1,
  p50: 5,
  p99: 20,
  errors: 0,
  unexpectedStatus: 0,
  requests: 9000,
  ratioToFloor: 0.6,
  peakRssMb: 120,
  ...over,
});

const results = (): BenchResults => ({
  kind: "full",
  startedAt: "",
  finishedAt: "",
  machine: { cpus: 2, cpuModel: "x", memoryGb: 1, node: "v20", loadBefore: [0, 0, 0], loadAfter: [0, 0, 0] },
  git: { commit: "abc", dirty: false },
  seed: 1,
  sizes: [150, 1500],
  parse: {
    files: [],
    bytesPerRound: 1,
    mbPerSecond: 60,
    reportsPerSecond: 1,
    msPerReport: 1,
    bestMbPerSecond: 60,
    rounds: 1,
    iterationsPerRound: 1,
  },
  imports: [{ n: 1500, seconds: 31, reportsPerSecond: 48, parseSeconds: 1, corpusBytes: 1, databaseBytes: 1, rows: {} }],
  http: [
    {
      n: 1500,
      connections: 16,
      durationSeconds: 10,
      peakRssMb: 250,
      rssAtStartMb: 90,
      rssSamples: 10,
      processes: 1,
      routes: [
        route({ kind: "next-minimal", path: "/no-such-page", status: 404, ratioToFloor: null }),
        route({}),
        route({ name: "search", path: "/search", p99: 51, errors: 1, ratioToFloor: 0.45 }),
      ],
    },
  ],
  clientJs: null,
  growth: [{ route: "/", costGrowth: 2.5, throughputDrop: 2, p50Growth: 1, p99Growth: 1, htmlGrowth: 1 }],
  targets: [],
  notes: [],
});

describe("targets", () => {
  it("passes and fails each target against its limit", () => {
    const t = Object.fromEntries(evaluateTargets(results()).map((x) => [x.name, x.pass]));
    expect(t["parse throughput (real reports)"]).toBe(true);
    expect(t["import of 1,500 reports"]).toBe(false);
    expect(t["/ at N=1,500: throughput vs its floor (its own bytes from a bare Node server)"]).toBe(true);
    expect(t["/search at N=1,500: throughput vs its floor (its own bytes from a bare Node server)"]).toBe(false);
    expect(t["/search at N=1,500: p99 at 16 connections"]).toBe(false);
    expect(t["/search at N=1,500: errors and unexpected statuses"]).toBe(false);
    expect(t["/: server CPU per request, N=150 → 1,500"]).toBe(false);
    expect(t["peak RSS of the server process tree"]).toBe(true);
    expect(Object.keys(t).some((k) => k.startsWith("/no-such-page"))).toBe(false);
  });

  it("prints a table row per target", () => {
    const r = results();
    r.targets = evaluateTargets(r);
    expect(markdown(r)).toMatch(/\| import of 1,500 reports \| ≤ 30\.0 s \| 31\.0 s \| FAIL \|/);
  });
});

describe("client JS", () => {
  it("reads the scripts a page loads as build paths", () => {
    const html =
      '<script src="/_next/static/chunks/a1.js" async=""></script><script nonce="x">self.__next_f.push([1])</script><script src="/_next/static/chunks/b2.js?dpl=1" noModule=""></script>';
    expect(scriptsInHtml(html)).toEqual(["static/chunks/a1.js", "static/chunks/b2.js"]);
    expect(chunkPath("static/chunks/c.js")).toBe("static/chunks/c.js");
  });
});

describe("a route that failed", () => {
  it("fails its targets as not measured and shows no figures", () => {
    const r = results();
    r.http[0].routes.push(
      route({
        name: "api",
        path: "/api/x",
        status: 500,
        failed: "answered 500",
        requestsPerSecond: 0,
        p99: 0,
        errors: 0,
        unexpectedStatus: 1,
        ratioToFloor: null,
      }),
    );
    r.growth.push({ route: "/api/x", costGrowth: NaN, throughputDrop: NaN, p50Growth: NaN, p99Growth: NaN, htmlGrowth: NaN });
    r.targets = evaluateTargets(r);
    const t = Object.fromEntries(r.targets.map((x) => [x.name, x]));
    expect(t["/api/x at N=1,500: p99 at 16 connections"]).toMatchObject({ actual: "not measured", pass: false });
    expect(t["/api/x at N=1,500: errors and unexpected statuses"]).toMatchObject({ actual: "1 (answered 500)", pass: false });
    expect(t["/api/x: server CPU per request, N=150 → 1,500"]).toMatchObject({ actual: "not measured", pass: false });
    expect(markdown(r)).toContain("| `/api/x` | route | 500 | 1.0 | 0.3 | – | – | – | – | 0 | 1 | – | – | 120.0 |");
  });
});

describe("the floor measured just after a route", () => {
  it("is shown beside the route", () => {
    const r = results();
    r.http[0].routes.push(route({ name: "paired", path: "/paired", requestsPerSecond: 900, floorRps: 1000, ratioToFloor: 0.9 }));
    expect(markdown(r)).toMatch(/\| `\/paired` \| route \|.*\| 1000\.0 \| 90% \|/);
  });
});
