/**
 * Time per database call of the main routes, in this process: the app's query
 * functions (lib/queries, through Prisma's JS engine and driver adapter)
 * against the same reads written as SQL on better-sqlite3 directly. Shows
 * what the database costs, and what Prisma adds on top.
 *
 *   npx tsx bench/query-timing.ts [--sizes=150,1500]
 *
 * Uses bench/tmp/bench-N.db (made by npm run bench). The list follows what the
 * pages called on 2026-11-23; when the query modules change, update it.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { generateCorpus } from "../lib/testing/synthetic-corpus";

const BENCH_TMP = path.join(import.meta.dirname, "tmp");
const sizes = (process.argv.find((a) => a.startsWith("--sizes="))?.slice(8) ?? "150,1500").split(",").map(Number);

export interface Timing {
  route: string;
  call: string;
  rows: number;
  prismaMs: number;
  sqliteMs: number | null;
  error?: string;
}

async function time(fn: () => unknown | Promise<unknown>, minMs = 600): Promise<number> {
  for (let i = 0; i < 5; i++) await fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs || runs < 5) {
    await fn();
    runs++;
  }
  return (performance.now() - start) / runs;
}

const count = (x: unknown): number =>
  Array.isArray(x)
    ? x.length
    : x && typeof x === "object" && "rows" in x
      ? (x as { rows: unknown[] }).rows.length
      : x && typeof x === "object" && "hits" in x
        ? (x as { hits: unknown[] }).hits.length
        : 1;

async function timingsFor(n: number): Promise<Timing[]> {
  const file = path.join(BENCH_TMP, `bench-${n}.db`);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run bench first`);
  // The app's one client (lib/db.ts) opens DATABASE_URL when first imported: set it first.
  process.env.DATABASE_URL = file;
  const { db: prisma } = await import("../lib/db");
  const overview = await import("../lib/queries/authority-overviews");
  const authorities = await import("../lib/queries/authorities");
  const reports = await import("../lib/queries/reports");
  const recs = await import("../lib/queries/recommendations");
  const search = await import("../lib/queries/search");
  const themes = await import("../lib/queries/themes");
  const { THEMES } = await import("../lib/findings");

  const sqlite = new Database(file, { readonly: true });
  const [a] = generateCorpus(2);
  const out: Timing[] = [];
  const add = async (route: string, call: string, prismaFn: () => Promise<unknown>, sqliteFn: (() => unknown) | null) => {
    let rows: number;
    try {
      rows = count(await prismaFn());
    } catch (caught) {
      const e = caught as { code?: string; message: string };
      const error = `fails: ${e.code ?? ""} ${e.message.trim().split("\n").at(-1)}`.trim();
      out.push({ route, call, rows: 0, prismaMs: NaN, sqliteMs: sqliteFn ? await time(sqliteFn) : null, error });
      return;
    }
    const prismaMs = await time(prismaFn);
    const sqliteMs = sqliteFn ? await time(sqliteFn) : null;
    out.push({ route, call, rows, prismaMs, sqliteMs });
  };

  const latestSql = sqlite.prepare(
    `SELECT r.id FROM Report r WHERE NOT EXISTS (SELECT 1 FROM Report newer WHERE newer.authorityId = r.authorityId AND newer.reportDate > r.reportDate)`,
  );
  const overviewSql = sqlite.prepare(`
    SELECT a.slug, a.name, r.region, r.reportDate,
      (SELECT json_group_array(json_object('inspection', inspection, 'judgement', judgement, 'grade', grade)) FROM (SELECT * FROM Rating WHERE reportId = r.id ORDER BY position)) AS ratings,
      (SELECT count(*) FROM Recommendation WHERE reportId = r.id) AS total,
      (SELECT count(*) FROM Recommendation WHERE reportId = r.id AND ((deadlineDays IS NULL AND deadlineMonths <= 3) OR (deadlineDays IS NOT NULL AND deadlineDays <= 92))) AS soon
    FROM Report r JOIN Authority a ON a.id = r.authorityId
    WHERE NOT EXISTS (SELECT 1 FROM Report newer WHERE newer.authorityId = r.authorityId AND newer.reportDate > r.reportDate)
    ORDER BY a.name`);
  await add("/ (page 1)", "listAuthorityOverviewPage('name', 'asc', 1)", () => overview.listAuthorityOverviewPage("name", "asc", 1), null);
  await add("/, /compare, /search", "authorityPickerFor()", () => authorities.authorityPickerFor(), null);
  await add(
    "/api/authorities",
    "listAuthorityOverviews()",
    () => overview.listAuthorityOverviews(),
    () => overviewSql.all().map((r) => ({ ...(r as object), ratings: JSON.parse((r as { ratings: string }).ratings) })),
  );
  void latestSql;

  const reportSql = {
    report: sqlite.prepare(
      `SELECT r.*, a.slug, a.name FROM Report r JOIN Authority a ON a.id = r.authorityId WHERE a.slug = ? ORDER BY r.reportDate DESC LIMIT 1`,
    ),
    providers: sqlite.prepare(`SELECT name FROM Provider WHERE reportId = ? ORDER BY position`),
    ratings: sqlite.prepare(`SELECT inspection, judgement, grade FROM Rating WHERE reportId = ? ORDER BY position`),
    sections: sqlite.prepare(`SELECT id, number, outcome, title FROM Section WHERE reportId = ? ORDER BY position`),
    paragraphs: sqlite.prepare(`SELECT sectionId, ref, text FROM Paragraph WHERE reportId = ? ORDER BY position`),
    footnotes: sqlite.prepare(`SELECT marker, ref, text FROM Footnote WHERE reportId = ? ORDER BY id`),
    recommendations: sqlite.prepare(`SELECT * FROM Recommendation WHERE reportId = ? ORDER BY position`),
    dates: sqlite.prepare(`SELECT reportDate FROM Report WHERE authorityId = ? ORDER BY reportDate DESC`),
  };
  const reportRaw = (slug: string) => {
    const r = reportSql.report.get(slug) as { id: number; authorityId: number };
    return {
      r,
      providers: reportSql.providers.all(r.id),
      ratings: reportSql.ratings.all(r.id),
      sections: reportSql.sections.all(r.id),
      paragraphs: reportSql.paragraphs.all(r.id),
      footnotes: reportSql.footnotes.all(r.id),
      recommendations: reportSql.recommendations.all(r.id),
      dates: reportSql.dates.all(r.authorityId),
    };
  };
  await add(
    "/authorities/[slug], /compare ×2",
    "getAuthorityReports(slug)",
    () => reports.getAuthorityReports(a.slug),
    () => reportRaw(a.slug),
  );

  const authoritiesSql = sqlite.prepare(`
    SELECT a.slug, a.name, r.region, r.reportDate FROM Authority a
    JOIN Report r ON r.id = (SELECT id FROM Report x WHERE x.authorityId = a.id ORDER BY x.reportDate DESC LIMIT 1)
    ORDER BY a.name`);
  await add(
    "(no page since the pickers)",
    "listAuthorities()",
    () => authorities.listAuthorities(),
    () => authoritiesSql.all(),
  );

  const deadlineSql = sqlite.prepare(`SELECT deadlineKey, count(*) AS n FROM Recommendation GROUP BY deadlineKey`);
  await add(
    "/recommendations",
    "deadlineOptions()",
    () => recs.deadlineOptions(),
    () => deadlineSql.all(),
  );
  const authOptSql = sqlite.prepare(
    `SELECT slug, name FROM Authority a WHERE EXISTS (SELECT 1 FROM Recommendation r WHERE r.authorityId = a.id) ORDER BY name`,
  );
  await add("/recommendations", "authorityFilterPicker()", () => recs.authorityFilterPicker(), null);
  await add(
    "(no page since the pickers)",
    "authorityOptions()",
    () => recs.authorityOptions(),
    () => authOptSql.all(),
  );

  const pageCols = `r.id, r.deadlineKey, r.deadlineLabel, r.dueDate, r.addressee, r.text, r.source, r.attribution, a.slug, a.name, rep.reportDate`;
  const pageFrom = `FROM Recommendation r JOIN Authority a ON a.id = r.authorityId JOIN Report rep ON rep.id = r.reportId`;
  const order = `ORDER BY r.dueDate, a.name, r.reportId, r.position LIMIT 50`;
  const deadlineCount = sqlite.prepare(`SELECT count(*) AS n FROM Recommendation WHERE deadlineKey = ?`);
  const deadlinePage = sqlite.prepare(`SELECT ${pageCols} ${pageFrom} WHERE r.deadlineKey = ? ${order}`);
  await add(
    "/recommendations",
    "listRecommendations({ deadline: '3' })",
    () => recs.listRecommendations({ deadline: "3", page: 1 }),
    () => [deadlineCount.get("3"), deadlinePage.all("3")],
  );

  const qWhere = `WHERE (r.text LIKE '%' || ? || '%' OR coalesce(r.addressee, '') LIKE '%' || ? || '%')`;
  const qCount = sqlite.prepare(`SELECT count(*) AS n FROM Recommendation r ${qWhere}`);
  const qPage = sqlite.prepare(`SELECT ${pageCols} ${pageFrom} ${qWhere} ${order}`);
  await add(
    "/api/recommendations",
    "listRecommendations({ q: 'designated' })",
    () => recs.listRecommendations({ q: "designated", page: 1 }),
    () => [qCount.get("designated", "designated"), qPage.all("designated", "designated")],
  );

  const outcomeSql = sqlite.prepare(`SELECT outcome, min(title) AS title FROM Section GROUP BY outcome ORDER BY outcome`);
  await add(
    "/search",
    "outcomeOptions()",
    () => search.outcomeOptions(),
    () => outcomeSql.all(),
  );

  const from = `FROM SearchIndex s
    LEFT JOIN Paragraph p ON s.rowid % 2 = 0 AND p.id = s.rowid / 2
    LEFT JOIN Recommendation r ON s.rowid % 2 = 1 AND r.id = s.rowid / 2
    JOIN Report rep ON rep.id = coalesce(p.reportId, r.reportId)
    JOIN Authority a ON a.id = rep.authorityId`;
  const sCount = sqlite.prepare(`SELECT count(*) AS total ${from} WHERE SearchIndex MATCH ?`);
  const sPage = sqlite.prepare(`
    SELECT s.rowid AS rowid, snippet(SearchIndex, 0, char(1), char(2), '…', 32) AS snippet, p.ref, p.outcome, sec.title AS sectionTitle,
      r.deadlineLabel, r.position, rep.reportDate, a.slug, a.name,
      (SELECT max(x.reportDate) FROM Report x WHERE x.authorityId = rep.authorityId) AS latestDate
    ${from} LEFT JOIN Section sec ON sec.id = p.sectionId
    WHERE SearchIndex MATCH ? ORDER BY bm25(SearchIndex), s.rowid LIMIT 20 OFFSET 0`);
  const match = '"designated doctor"';
  await add(
    "/search",
    `search({ q: '"designated doctor"' })`,
    () => search.search({ q: match, page: 1 }),
    () => [sCount.get(match), sPage.all(match)],
  );

  await add(
    "/search",
    `search({ q: 'health', theme, assessment: 'concern' })`,
    () => search.search({ q: "health", theme: THEMES[0].id, assessment: "concern", page: 1 }),
    null,
  );
  await add("/themes", "themeMatrix(1)", () => themes.themeMatrix(1), null);
  await add("/themes/[id]", "themeEvidence(theme, { page: 1 })", () => themes.themeEvidence(THEMES[0].id, { page: 1 }), null);
  await add(
    "/themes/[id]",
    "themeEvidence(theme, { authority, assessment: 'concern' })",
    () => themes.themeEvidence(THEMES[0].id, { authority: a.slug, assessment: "concern", page: 1 }),
    null,
  );

  sqlite.close();
  await prisma.$disconnect();
  return out;
}

const one = process.argv.find((a) => a.startsWith("--one="));
if (one) {
  // One size per process: each opens its own database through the app's client.
  console.log(JSON.stringify(await timingsFor(Number(one.slice(6)))));
  process.exit(0);
}
const all: Record<number, Timing[]> = {};
for (const n of sizes) {
  const out = execFileSync(process.execPath, ["--import", "tsx", import.meta.filename, `--one=${n}`], { encoding: "utf8" });
  all[n] = JSON.parse(out.trim().split("\n").at(-1)!) as Timing[];
}

const head = ["route", "call", ...sizes.flatMap((n) => [`rows N=${n}`, `Prisma ms N=${n}`, `SQLite ms N=${n}`])];
const rows = all[sizes[0]].map((t, i) => [
  t.route,
  `\`${t.call}\``,
  ...sizes.flatMap((n) => {
    const x = all[n][i];
    return [x.error ? "–" : String(x.rows), x.error ?? x.prismaMs.toFixed(2), x.sqliteMs === null ? "–" : x.sqliteMs.toFixed(2)];
  }),
]);
const md = [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
console.log(md);
fs.mkdirSync(path.join(import.meta.dirname, "results"), { recursive: true });
fs.writeFileSync(path.join(import.meta.dirname, "results", "query-timing.md"), `${md}\n`);
