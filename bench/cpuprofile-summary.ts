/**
 * Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by
 * where the code comes from (the app, React, Next, Prisma, the SQLite driver, …).
 *
 *   npx tsx bench/cpuprofile-summary.ts FILE.cpuprofile [top]
 */
import fs from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Where a frame's code comes from, by its file. */
export function category(url: string, fn: string): string {
  if (!url) return fn === "(garbage collector)" ? "GC" : fn === "(idle)" || fn === "(program)" ? fn : `native: ${fn || "(anonymous)"}`;
  const u = decodeURIComponent(url);
  const rules: [RegExp, string][] = [
    [/react-dom|react-server-dom|react\.production|\/react\//, "React (render, RSC)"],
    [/@prisma\/client|query_compiler|\/runtime\/client|prisma\/client|lib\/generated\/prisma/, "Prisma client"],
    [/@prisma\/adapter|@prisma\/driver-adapter/, "Prisma driver adapter"],
    [/better-sqlite3/, "better-sqlite3 (JS side)"],
    [/next\/dist\/compiled\/(?:@edge-runtime|edge-runtime)/, "Next edge runtime (proxy)"],
    [/next\/dist\/compiled/, "Next (compiled deps)"],
    [/next\/dist/, "Next"],
    [/\[root-of-the-server\]|\/chunks\/ssr\/|\/server\/chunks\//, "app bundle (server chunks)"],
    [/\/lib\/report\//, "parser (lib/report)"],
    [/node_modules\/zod/, "zod"],
    [/^node:|internal\//, "Node core"],
  ];
  for (const [re, name] of rules) if (re.test(u)) return name;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u);
  return m ? m[1] : u.replace(/^file:\/\//, "").replace(process.cwd() + "/", "");
}

export function summarize(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFn = new Map<string, number>();
  const byCat = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const { functionName, url, lineNumber } = n.callFrame;
    const where = url
      ? `${url
          .replace(/^file:\/\//, "")
          .replace(process.cwd() + "/", "")
          .replace(/^.*node_modules\//, "")}:${lineNumber + 1}`
      : "";
    const key = `${functionName || "(anonymous)"} ${where}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    const cat = category(url, functionName);
    byCat.set(cat, (byCat.get(cat) ?? 0) + us);
  }
  const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)}%`;
  const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
  const lines = [`total sampled: ${(total / 1e6).toFixed(2)} s`, "", "by origin (self time):"];
  for (const [k, v] of [...byCat].sort((a, b) => b[1] - a[1]).slice(0, 20)) lines.push(`  ${pct(v)} ${ms(v)}  ${k}`);
  lines.push("", `top ${top} functions (self time):`);
  for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(v)} ${ms(v)}  ${k}`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npx tsx bench/cpuprofile-summary.ts FILE.cpuprofile [top]");
    process.exit(2);
  }
  console.log(summarize(JSON.parse(fs.readFileSync(file, "utf8")) as Profile, Number(process.argv[3] ?? 25)));
}
