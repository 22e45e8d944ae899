/** Targets and the markdown tables printed and written to bench/results/latest.md. */
import path from "node:path";
import type { BenchResults, HttpFigures, Target } from "./types";

export const TARGETS = {
  parseMbPerSecond: 50,
  importSeconds1500: 30,
  ratioToFloor: 0.5,
  p99Ms: 50,
  maxGrowth: 2,
  peakRssMb: 300,
  clientJsBeyondRuntimeKb: 20,
} as const;

const KB = 1024;
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const int = (x: number) => Math.round(x).toLocaleString("en-GB");
const kb = (bytes: number) => (bytes / KB).toFixed(1);
const pct = (x: number | null) => (x === null ? "–" : `${(x * 100).toFixed(0)}%`);
/** A growth ratio, or "not measured" (NaN: the route failed at one of the sizes). */
const times = (x: number) => (Number.isFinite(x) ? `${f2(x)}×` : "not measured");

export function evaluateTargets(r: BenchResults): Target[] {
  const targets: Target[] = [];
  targets.push({
    name: "parse throughput (real reports)",
    limit: `≥ ${TARGETS.parseMbPerSecond} MB/s`,
    actual: `${f1(r.parse.mbPerSecond)} MB/s`,
    pass: r.parse.mbPerSecond >= TARGETS.parseMbPerSecond,
  });
  const biggestImport = r.imports.at(-1);
  if (biggestImport) {
    const limit = (TARGETS.importSeconds1500 * biggestImport.n) / 1500;
    targets.push({
      name: `import of ${int(biggestImport.n)} reports`,
      limit: `≤ ${f1(limit)} s`,
      actual: `${f1(biggestImport.seconds)} s`,
      pass: biggestImport.seconds <= limit,
    });
  }
  const largest = r.http.at(-1);
  if (largest) {
    for (const route of largest.routes.filter((x) => x.kind === "route")) {
      const failed = route.failed !== undefined;
      targets.push({
        name: `${route.path} at N=${int(largest.n)}: throughput vs its floor (its own bytes from a bare Node server)`,
        limit: `≥ ${pct(TARGETS.ratioToFloor)}`,
        actual: failed ? "not measured" : pct(route.ratioToFloor),
        pass: !failed && (route.ratioToFloor ?? 0) >= TARGETS.ratioToFloor,
      });
      targets.push({
        name: `${route.path} at N=${int(largest.n)}: p99 at ${largest.connections} connections`,
        limit: `≤ ${TARGETS.p99Ms} ms`,
        actual: failed ? "not measured" : `${route.p99} ms`,
        pass: !failed && route.p99 <= TARGETS.p99Ms,
      });
      targets.push({
        name: `${route.path} at N=${int(largest.n)}: errors and unexpected statuses`,
        limit: "0",
        actual: failed
          ? `${route.errors + route.unexpectedStatus} (answered ${route.status})`
          : String(route.errors + route.unexpectedStatus),
        pass: route.errors + route.unexpectedStatus === 0,
      });
    }
  }
  for (const g of r.growth) {
    targets.push({
      name: `${g.route}: server CPU per request, N=${int(r.sizes[0])} → ${int(r.sizes.at(-1)!)}`,
      limit: `≤ ${TARGETS.maxGrowth}×`,
      actual: times(g.costGrowth),
      pass: Number.isFinite(g.costGrowth) && g.costGrowth <= TARGETS.maxGrowth,
    });
  }
  if (r.http.length) {
    const peak = Math.max(...r.http.map((h) => h.peakRssMb));
    targets.push({
      name: "peak RSS of the server process tree",
      limit: `≤ ${TARGETS.peakRssMb} MB`,
      actual: `${f1(peak)} MB`,
      pass: peak <= TARGETS.peakRssMb,
    });
  }
  if (r.clientJs) {
    for (const route of r.clientJs.routes.filter((x) => x.route !== "/_global-error")) {
      targets.push({
        name: `${route.route}: client JS beyond the shared runtime`,
        limit: `≤ ${TARGETS.clientJsBeyondRuntimeKb} KB gzip`,
        actual: `${kb(route.beyondRuntimeGzip)} KB`,
        pass: route.beyondRuntimeGzip <= TARGETS.clientJsBeyondRuntimeKb * KB,
      });
    }
  }
  return targets;
}

function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => String(c).replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

function httpTable(h: HttpFigures): string {
  return table(
    [
      "route",
      "kind",
      "status",
      "body KB",
      "sent KB",
      "req/s",
      "CPU ms/req",
      "p50 ms",
      "p99 ms",
      "errors",
      "unexpected status",
      "floor req/s just after",
      "vs floor",
      "peak RSS MB",
    ],
    h.routes.map((r) => {
      const m = (cell: string | number) => (r.failed ? "–" : cell);
      return [
        `\`${r.path}\``,
        r.kind,
        r.status,
        kb(r.htmlBytes),
        kb(r.sentBytes ?? r.htmlGzipBytes),
        m(f1(r.requestsPerSecond)),
        m(f2(r.cpuMsPerRequest)),
        m(r.p50),
        m(r.p99),
        r.errors,
        r.unexpectedStatus,
        r.floorRps === undefined ? "–" : f1(r.floorRps),
        pct(r.ratioToFloor),
        r.peakRssMb === null ? "–" : f1(r.peakRssMb),
      ];
    }),
  );
}

function planTable(r: BenchResults): string {
  if (!r.plans?.length) return "";
  return table(
    [
      "N",
      "plan page",
      "page req/s",
      "page CPU ms/req",
      "page p99 ms",
      "page errors",
      "saves/s",
      "CPU ms/save",
      "save p50 ms",
      "save p99 ms",
      "writers",
      "not saved",
    ],
    r.plans.map((p) => [
      int(p.n),
      `\`${p.path}\``,
      f1(p.page.requestsPerSecond),
      f2(p.page.cpuMsPerRequest),
      p.page.p99,
      p.page.errors,
      f1(p.saves.savesPerSecond),
      f2(p.saves.cpuMsPerSave),
      p.saves.p50,
      p.saves.p99,
      p.saves.writers,
      p.saves.failed,
    ]),
  );
}

function revalidationTable(h: HttpFigures): string {
  const rows = h.routes.filter((r) => r.revalidation);
  if (rows.length === 0) return "";
  return table(
    [
      "route",
      "first visit: bytes on the wire",
      "repeat visit (304): bytes on the wire",
      "304 req/s",
      "304 CPU ms/req",
      "304 p99 ms",
      "304s of requests",
    ],
    rows.map((r) => {
      const v = r.revalidation!;
      return [
        `\`${r.path}\``,
        int(Math.round(r.wireBytes ?? 0)),
        int(Math.round(v.wireBytes)),
        f1(v.requestsPerSecond),
        f2(v.cpuMsPerRequest),
        v.p99,
        `${int(v.notModified)} of ${int(v.requests)}`,
      ];
    }),
  );
}

export function markdown(r: BenchResults): string {
  const out: string[] = [];
  out.push(`# Benchmark results (${r.kind})`, "");
  out.push(
    `${r.startedAt} → ${r.finishedAt} · commit ${r.git.commit.slice(0, 10)}${r.git.dirty ? " + uncommitted changes" : ""} · ` +
      `${r.machine.cpus} × ${r.machine.cpuModel}, ${f1(r.machine.memoryGb)} GB · Node ${r.machine.node} · ` +
      `load average before ${r.machine.loadBefore.map(f2).join(" ")}, after ${r.machine.loadAfter.map(f2).join(" ")} · seed ${r.seed}`,
    "",
  );

  out.push("## 1. Parse (real reports, one thread)", "");
  const p = r.parse;
  out.push(
    table(
      ["files", "bytes per pass", "MB/s (median round)", "MB/s (best round)", "reports/s", "ms per report", "rounds × passes"],
      [
        [
          p.files.join(", "),
          int(p.bytesPerRound),
          f1(p.mbPerSecond),
          f1(p.bestMbPerSecond),
          f1(p.reportsPerSecond),
          f2(p.msPerReport),
          `${p.rounds} × ${p.iterationsPerRound}`,
        ],
      ],
    ),
    "",
  );
  if (p.synthetic) {
    out.push(
      `Synthetic corpus (N=${int(p.synthetic.reports)}, parsed once): ${f1(p.synthetic.mbPerSecond)} MB/s, ${f1(p.synthetic.reportsPerSecond)} reports/s.`,
      "",
    );
  }
  if (p.assess) {
    out.push(
      `Assessing and theming (${int(p.assess.texts)} paragraphs and recommendations of the seed reports, as import does): ${f1(p.assess.msPerReport)} ms per report (median of ${p.assess.rounds} rounds; best ${f1(p.assess.bestMsPerReport)}).`,
      "",
    );
  }
  if (p.pdf) {
    out.push(
      `PDF (${int(p.pdf.files)} fixture files, ${int(p.pdf.pages)} pages, read and parsed once each${p.pdf.readers ? ` by ${p.pdf.readers} warm readers, after an untimed pass` : ""}): ${f1(p.pdf.pagesPerSecond)} pages/s, ${f2(p.pdf.mbPerSecond)} MB/s${p.pdf.pagesPerCpuSecond ? `, ${f1(p.pdf.pagesPerCpuSecond)} pages per CPU-second` : ""}.`,
      "",
    );
  }

  out.push("## 2. Import into a fresh database (importFiles: many reports to a transaction, decision 0016)", "");
  out.push(
    table(
      ["N", "seconds", "reports/s", "of which parsing (s)", "corpus MB", "database MB", "paragraphs", "recommendations"],
      r.imports.map((i) => [
        int(i.n),
        f2(i.seconds),
        f1(i.reportsPerSecond),
        f2(i.parseSeconds),
        f2(i.corpusBytes / 1e6),
        f2(i.databaseBytes / 1e6),
        int(i.rows.Paragraph ?? 0),
        int(i.rows.Recommendation ?? 0),
      ]),
    ),
    "",
  );

  for (const h of r.http) {
    out.push(`## 3. HTTP at N=${int(h.n)} (${h.connections} connections, ${h.durationSeconds} s per route)`, "");
    out.push(httpTable(h), "");
    const repeat = revalidationTable(h);
    if (repeat)
      out.push(
        `Repeat visits at N=${int(h.n)}: the same load with If-None-Match (the page's ETag), answered 304 with no body.`,
        "",
        repeat,
        "",
      );
  }
  const plans = planTable(r);
  if (plans)
    out.push(
      "Action plans (issue #25), signed in as an admin: the plan page (per person, rendered every time) and saves through its form, each writer saving its own action.",
      "",
      plans,
      "",
    );

  if (r.http.length) {
    out.push("## 4. Server memory (VmRSS of the server process tree, sampled every 100 ms)", "");
    out.push(
      table(
        ["N", "RSS when ready (MB)", "peak RSS (MB)", "processes", "samples"],
        r.http.map((h) => [int(h.n), f1(h.rssAtStartMb), f1(h.peakRssMb), h.processes, h.rssSamples]),
      ),
      "",
    );
  }

  if (r.clientJs) {
    const c = r.clientJs;
    out.push(`## 5. Client JavaScript per route (gzip, from ${path.relative(process.cwd(), c.distDir) || c.distDir})`, "");
    out.push(`Shared framework runtime (build-manifest rootMainFiles, ${c.runtimeFiles.length} files): ${kb(c.runtimeGzip)} KB.`, "");
    out.push(
      table(
        ["route", "total KB", "beyond the runtime KB", "route files"],
        c.routes.map((x) => [
          `\`${x.route}\``,
          kb(x.totalGzip),
          kb(x.beyondRuntimeGzip),
          x.files
            .filter((f) => !f.shared)
            .map((f) => `${f.file.replace(/^static\/chunks\//, "")} (${kb(f.gzip)})`)
            .join(", "),
        ]),
      ),
      "",
    );
    if (c.unlisted.length)
      out.push(`Scripts in served HTML not listed by the manifests: ${c.unlisted.map((u) => `${u.route}: ${u.file}`).join("; ")}`, "");
  }

  if (r.growth.length) {
    out.push(`## 6. Growth from N=${int(r.sizes[0])} to N=${int(r.sizes.at(-1)!)}`, "");
    const imp = r.imports;
    out.push(
      table(
        ["figure", "growth"],
        [
          ...(imp.length > 1 ? [[`import time per report`, `${f2(imp[0].reportsPerSecond / imp.at(-1)!.reportsPerSecond)}×`]] : []),
          ...(r.http.length > 1 ? [[`peak RSS`, `${f2(r.http.at(-1)!.peakRssMb / r.http[0].peakRssMb)}×`]] : []),
        ],
      ),
      "",
    );
    out.push(
      table(
        ["route", "server CPU per request", "1 / throughput", "p50", "p99", "HTML bytes"],
        r.growth.map((g) => [
          `\`${g.route}\``,
          times(g.costGrowth),
          times(g.throughputDrop),
          times(g.p50Growth),
          times(g.p99Growth),
          times(g.htmlGrowth),
        ]),
      ),
      "",
    );
  }

  out.push("## Targets", "");
  const passed = r.targets.filter((t) => t.pass).length;
  out.push(`${passed} of ${r.targets.length} met.`, "");
  out.push(
    table(
      ["target", "limit", "actual", "result"],
      r.targets.map((t) => [t.name, t.limit, t.actual, t.pass ? "PASS" : "FAIL"]),
    ),
    "",
  );

  if (r.notes.length) {
    out.push("## Notes", "", ...r.notes.map((n) => `- ${n}`), "");
  }
  return out.join("\n");
}
