/**
 * A deterministic synthetic corpus for the benchmark: N inspection reports
 * recombined from the two real ones (seed/reports/barnet.txt, dudley.txt).
 *
 * The real reports are parsed with the real parser to get pools of finding
 * paragraphs per CQC outcome, context paragraphs, recommendations and the
 * reports' boilerplate; each synthetic report then takes random subsets of
 * them in random order, random grades, context figures, dates and deadlines,
 * under a generated authority name that says it is synthetic
 * ("Synthetic North Ashford"). Half the texts are written marked up like
 * barnet.txt (<b>, <sup>, ##, **, *italic*), half plain like dudley.txt, so the
 * parser and the import see both formats. Same seed, same texts.
 */
import fs from "node:fs";
import path from "node:path";
import { parseReport } from "../report/parse-report";
import { slugify } from "../report/slug";
import type { Grade, InspectionReport } from "../report/types";
import { createRng, type Rng } from "./prng";

export const DEFAULT_SEED = 20120224;

type Format = "markup" | "plain";

/** What the generator put into a text: the parser must read exactly this back. */
interface Expected {
  authority: string;
  reportDate: string;
  inspection: { start: string; end: string };
  grades: Grade[];
  figures: { childrenPopulation: number; lookedAfterChildren: number; childProtectionPlans: number };
  /** Outcome of each findings section in order (null: general). */
  outcomes: (number | null)[];
  paragraphs: number;
  footnotes: number;
  recommendations: { months: 3 | 6; source: "CQC" | "Ofsted"; text: string }[];
}

export interface SyntheticReport {
  index: number;
  name: string;
  slug: string;
  format: Format;
  fileName: string;
  text: string;
  expected: Expected;
}

const SEED_DIR = path.join(import.meta.dirname, "..", "..", "seed", "reports");
/** Stands for the authority's name in pooled text. */
const NAME = "\u0000A\u0000";

interface Pools {
  /** Section title and paragraphs per outcome key ("general" or the outcome number). */
  sections: Map<string, { outcome: number | null; title: string; paragraphs: string[] }>;
  /** Outcome keys in report order. */
  order: string[];
  recommendations: { text: string; source: "CQC" | "Ofsted" }[];
  contextSecond: string[];
  footnote: string;
  boilerplate: Record<Format, { intro: string; process: string; nextSteps: string; contextFirst: string }>;
}

function withPlaceholder(text: string): string {
  return text.replace(/\b(?:Barnet|Dudley)\b/g, NAME);
}

function between(text: string, start: string, end: string | RegExp): string {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`seed report changed: '${start}' not found`);
  const rest = text.slice(from);
  const to = typeof end === "string" ? rest.indexOf(end) : rest.search(end);
  if (to < 0) throw new Error(`seed report changed: '${String(end)}' not found after '${start}'`);
  return rest.slice(0, to).trim();
}

function replaceOnce(text: string, find: string, token: string): string {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0)
    throw new Error(`seed report changed: '${find}' is not in its context paragraph exactly once`);
  return text.slice(0, at) + token + text.slice(at + find.length);
}

let cachedPools: Pools | null = null;

/** Pools of real text, from the two seed reports read by the real parser. */
function loadPools(): Pools {
  if (cachedPools) return cachedPools;
  const barnetText = fs.readFileSync(path.join(SEED_DIR, "barnet.txt"), "utf8");
  const dudleyText = fs.readFileSync(path.join(SEED_DIR, "dudley.txt"), "utf8");
  const reports: InspectionReport[] = [parseReport(barnetText), parseReport(dudleyText)];

  const sections: Pools["sections"] = new Map();
  const order: string[] = [];
  for (const report of reports) {
    for (const s of report.sections) {
      const key = s.outcome === null ? "general" : String(s.outcome);
      if (!sections.has(key)) {
        sections.set(key, { outcome: s.outcome, title: s.title, paragraphs: [] });
        order.push(key);
      }
      sections.get(key)!.paragraphs.push(...s.paragraphs.map((p) => withPlaceholder(p.text)));
    }
  }
  order.sort((a, b) => (a === "general" ? -1 : b === "general" ? 1 : Number(a) - Number(b)));

  const recommendations = reports.flatMap((r) => r.recommendations.map((x) => ({ text: withPlaceholder(x.text), source: x.source })));
  const contexts = reports.map((r) => r.context.text.split("\n\n"));

  const barnetFirst = replaceOnce(
    replaceOnce(replaceOnce(withPlaceholder(contexts[0][0]), "88,700", "{POP}"), "288 children", "{LAC} children"),
    "269 children",
    "{CPP} children",
  );
  const dudleyFirst = replaceOnce(
    replaceOnce(
      replaceOnce(replaceOnce(withPlaceholder(contexts[1][0]), "74,830", "{POP}"), "664 children", "{LAC} children"),
      "21 children",
      "{SB} children",
    ),
    "222 children",
    "{CPP} children",
  );

  cachedPools = {
    sections,
    order,
    recommendations,
    contextSecond: contexts
      .map((c) => c[1])
      .filter(Boolean)
      .map(withPlaceholder),
    footnote:
      reports[0].footnotes[0]?.text ??
      "New national programme to enable local communities to have a stronger say about health and social care services",
    boilerplate: {
      markup: {
        intro: withPlaceholder(between(barnetText, "This report relates", "<b>Barnet Council</b>")),
        process: withPlaceholder(between(barnetText, "This report includes findings", "**Context:**").replace(/\n---\n/, "\n")),
        nextSteps: withPlaceholder(between(barnetText, "An action plan is required", /\s*$/)),
        contextFirst: barnetFirst,
      },
      plain: {
        intro: withPlaceholder(between(dudleyText, "This report relates", "Dudley Council")),
        process: withPlaceholder(between(dudleyText, "This report includes findings", /\nContext\n/)),
        nextSteps: withPlaceholder(between(dudleyText, "An action plan is required", /\s*$/)),
        contextFirst: dudleyFirst,
      },
    },
  };
  return cachedPools;
}

// Names: "Synthetic" + an optional qualifier + a stem and a suffix. 10 × 40 × 20 = 8,000 names.
const QUALIFIERS = ["", "North", "South", "East", "West", "Upper", "Lower", "Great", "Little", "Market"];
const STEMS = [
  "Ash",
  "Brook",
  "Castle",
  "Elm",
  "Fern",
  "Glen",
  "Hazel",
  "Holly",
  "Kings",
  "Lark",
  "Maple",
  "Mill",
  "Oak",
  "Pine",
  "Queens",
  "Red",
  "Rose",
  "Rush",
  "Salt",
  "Sand",
  "Silver",
  "Stan",
  "Stone",
  "Sum",
  "Thorn",
  "Wal",
  "Well",
  "Whit",
  "Wil",
  "Wood",
  "Alder",
  "Beck",
  "Bram",
  "Clay",
  "Dun",
  "Fair",
  "Gold",
  "High",
  "Long",
  "Market",
];
const SUFFIXES = [
  "bourne",
  "bury",
  "by",
  "combe",
  "dale",
  "field",
  "ford",
  "gate",
  "ham",
  "hurst",
  "ington",
  "ley",
  "mere",
  "minster",
  "mouth",
  "stead",
  "ton",
  "well",
  "wick",
  "worth",
];

const INSPECTORS = ["Alex Morgan", "Sam Patel", "Jo Harding", "Chris Okafor", "Pat Lewis", "Robin Shah", "Kim Fletcher", "Lee Barker"];
const DIRECTORS = ["Dr Morgan Hale", "Jamie Rhodes", "Taylor Quinn", "Dr Casey Wren", "Jordan Ellis"];
const REGIONS = [
  "London",
  "West Midlands",
  "East Midlands",
  "North West",
  "North East",
  "South East",
  "South West",
  "East of England",
  "Yorkshire and the Humber",
];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const JUDGEMENTS: { heading: "safeguarding" | "looked-after"; rows: string[] }[] = [
  {
    heading: "safeguarding",
    rows: [
      "Overall effectiveness of the safeguarding services",
      "Capacity for improvement",
      "The contribution of health agencies to keeping children and young people safe",
    ],
  },
  {
    heading: "looked-after",
    rows: [
      "Overall effectiveness of services for looked after children and young people",
      "Capacity for improvement of the council and its partners",
      "Being Healthy",
    ],
  },
];
const GRADE_WEIGHTS: [Grade, number][] = [
  ["Outstanding", 1],
  ["Good", 4.5],
  ["Adequate", 3.5],
  ["Inadequate", 1],
];

/** N distinct synthetic authority names, in a random (seeded) order. */
export function authorityNames(n: number, seed = DEFAULT_SEED): string[] {
  const all: string[] = [];
  for (const q of QUALIFIERS) for (const s of STEMS) for (const x of SUFFIXES) all.push(["Synthetic", q, s + x].filter(Boolean).join(" "));
  const unique = [...new Set(all)];
  if (n > unique.length) throw new Error(`at most ${unique.length} synthetic authorities`);
  return createRng(seed ^ 0x5eed)
    .shuffle(unique)
    .slice(0, n);
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const DAY = 86_400_000;

function ordinal(day: number): string {
  const suffix = day % 10 === 1 && day !== 11 ? "st" : day % 10 === 2 && day !== 12 ? "nd" : day % 10 === 3 && day !== 13 ? "rd" : "th";
  return `${day}${suffix}`;
}

function longDate(d: Date, format: Format): string {
  const [day, suffix] = [d.getUTCDate(), ordinal(d.getUTCDate()).replace(/^\d+/, "")];
  const dayText = format === "markup" ? `${day}<sup>${suffix}</sup>` : `${day}${suffix}`;
  return `${dayText} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

const thousands = (n: number) => n.toLocaleString("en-GB");

/** What every part of a synthetic report is written with: its authority, its format, the random source and the text so far. */
interface Writer {
  name: string;
  format: Format;
  md: boolean;
  rng: Rng;
  pools: Pools;
  lines: string[];
  /** Pool text with the authority's name put in. */
  fill: (text: string) => string;
  /** Bold, in the marked-up format. */
  b: (s: string) => string;
}

function generateOne(index: number, name: string, format: Format, rng: Rng, pools: Pools): SyntheticReport {
  const md = format === "markup";
  const w: Writer = {
    name,
    format,
    md,
    rng,
    pools,
    lines: ["", ""],
    fill: (text) => text.split(NAME).join(name),
    b: (s) => (md ? `<b>${s}</b>` : s),
  };
  // The parts are written in report order, each drawing from the random source in turn.
  const { reportDate, start, end } = writeTitleAndDetails(w);
  const grades = writeRatings(w);
  const figures = writeContext(w);
  const { outcomes, paragraphs, footnotes } = writeFindings(w);
  const recommendations = writeRecommendations(w, reportDate);
  const { lines, fill } = w;
  lines.push(md ? "### **Next steps**" : "Next steps", "", fill(pools.boilerplate[format].nextSteps), "");

  const slug = slugify(name);
  return {
    index,
    name,
    slug,
    format,
    fileName: `${String(index + 1).padStart(4, "0")}-${slug}.txt`,
    text: lines.join("\n"),
    expected: {
      authority: name,
      reportDate: iso(reportDate),
      inspection: { start: iso(start), end: iso(end) },
      grades,
      figures,
      outcomes,
      paragraphs,
      footnotes,
      recommendations,
    },
  };
}

/** The title, the inspection's details and the introduction; the dates drawn for them. */
function writeTitleAndDetails({ name, format, md, rng, pools, lines, fill, b }: Writer) {
  // Dates: a report in 2011–12, its fieldwork ending 4 to 7 weeks before and lasting 12 days.
  const first = Date.UTC(2011, 0, 1);
  const last = Date.UTC(2012, 11, 31);
  const reportDate = new Date(first + rng.int(0, (last - first) / DAY) * DAY);
  const end = new Date(reportDate.getTime() - rng.int(28, 50) * DAY);
  const start = new Date(end.getTime() - 11 * DAY);

  const inspector = rng.pick(INSPECTORS);
  const region = rng.pick(REGIONS);
  const director = rng.pick(DIRECTORS);
  const providers = [
    `${name} Community Health NHS Trust`,
    `${name} Hospitals NHS Foundation Trust`,
    `${name} and District Mental Health NHS Trust`,
  ].slice(0, rng.int(2, 3));

  lines.push(
    `${md ? "## " : ""}Report on the Outcome of the Integrated Inspection of Safeguarding and Looked After Children's Services in ${name}`,
    "",
  );
  const meta: [string, string][] = [
    ["Date of Inspection", `${longDate(start, format)} - ${longDate(end, format)}`],
    ["Date of Joint Report", longDate(reportDate, format)],
    ["Commissioning PCT", `NHS ${name}`],
    ["CQC Inspector name", inspector],
    ["Provider Services Included:", providers.join(" ")],
    ["CQC Region", region],
    ["CQC Regional Director", director],
  ];
  for (const [label, value] of meta) lines.push(`${b(label)}\t${b(value)}`);
  lines.push("", fill(pools.boilerplate[format].intro), "");

  return { reportDate, start, end };
}

/** The ratings table: a grade drawn for each judgement. */
function writeRatings({ name, format, rng, pools, lines, fill, b }: Writer): Grade[] {
  // Ratings table.
  const grades: Grade[] = [];
  lines.push(`${b(`${name} Council`)}\t`);
  for (const group of JUDGEMENTS) {
    const title = group.heading === "safeguarding" ? "Safeguarding Inspection Outcome" : "Looked After children Inspection Outcome";
    lines.push(`${b(title)}\t${b("Aggregated inspection finding")}`);
    for (const row of group.rows) {
      const grade = rng.weighted(GRADE_WEIGHTS);
      grades.push(grade);
      lines.push(`${row}\t${grade}`);
    }
  }
  lines.push("", fill(pools.boilerplate[format].process), "");

  return grades;
}

/** The context section, with its three figures. */
function writeContext({ format, md, rng, pools, lines, fill }: Writer) {
  // Context, with its three figures.
  const figures = {
    childrenPopulation: rng.int(20, 300) * 100 + rng.int(0, 9) * 10,
    lookedAfterChildren: rng.int(100, 1500),
    childProtectionPlans: rng.int(80, 900),
  };
  const contextFirst = pools.boilerplate[format].contextFirst
    .replace("{POP}", thousands(figures.childrenPopulation))
    .replace("{LAC}", String(figures.lookedAfterChildren))
    .replace("{SB}", String(rng.int(5, 60)))
    .replace("{CPP}", String(figures.childProtectionPlans));
  lines.push(md ? "**Context:**" : "Context", "", fill(contextFirst), "", fill(rng.pick(pools.contextSecond)), "");

  return figures;
}

/** The findings' sections, their paragraphs and a footnote now and then. */
function writeFindings({ md, rng, pools, lines, fill }: Writer) {
  // Findings: "General" always, each outcome most of the time, 1 to 5 paragraphs each.
  const outcomes: (number | null)[] = [];
  let paragraphs = 0;
  let footnotes = 0;
  const keys = pools.order.filter((k) => k === "general" || rng.chance(0.85));
  const footnoteSection = md && rng.chance(0.4) ? rng.int(0, keys.length - 1) : -1;
  keys.forEach((key, i) => {
    const pool = pools.sections.get(key)!;
    const number = i + 1;
    outcomes.push(pool.outcome);
    const heading = pool.outcome === null ? `${number}. ${pool.title}` : `${number}. Outcome ${pool.outcome} ${pool.title}`;
    lines.push(md ? `${rng.chance(0.8) ? "##" : "###"} **${heading}**` : heading, "");
    const chosen = rng.sample(pool.paragraphs, rng.int(1, Math.min(5, pool.paragraphs.length)));
    const cite = i === footnoteSection ? rng.int(0, chosen.length - 1) : -1;
    chosen.forEach((text, j) => {
      let body = fill(text);
      if (j === cite) body = body.replace(/\.?$/, "<sup>1</sup>.");
      lines.push(`${number}.${j + 1} ${body}`, "");
      paragraphs++;
    });
    if (cite >= 0) {
      lines.push("---", "", `<sup>1</sup> ${pools.footnote}`, "");
      footnotes++;
    }
  });

  return { outcomes, paragraphs, footnotes };
}

/** The recommendations, grouped by deadline. */
function writeRecommendations({ name, md, rng, pools, lines, fill }: Writer, reportDate: Date): Expected["recommendations"] {
  // Recommendations: 2 to 7 of the pool, each due within 3 or 6 months, grouped by deadline.
  const month = `${MONTHS[reportDate.getUTCMonth()]} ${reportDate.getUTCFullYear()}`;
  const picked = rng.sample(pools.recommendations, rng.int(2, 7)).map((r) => ({
    ...r,
    months: rng.weighted<3 | 6>([
      [3, 0.6],
      [6, 0.4],
    ]),
  }));
  const recommendations: Expected["recommendations"] = [];
  lines.push(md ? "## **Recommendations**" : "Recommendations", "");
  for (const months of [3, 6] as const) {
    const group = picked.filter((r) => r.months === months);
    if (group.length === 0) continue;
    const label = `Within ${months} months`;
    lines.push(md ? `### **${label}**` : label, "");
    lines.push(
      rng.pick([
        `NHS ${name} and NHS providers take action to:`,
        `Ensure that NHS ${name} and NHS providers take action to:`,
        `Ensure that NHS ${name} together with NHS providers takes action to:`,
      ]),
      "",
    );
    for (const r of group) {
      const text = fill(r.text);
      let item: string;
      if (r.source === "Ofsted") {
        // Plain text marks Ofsted's extracts by their attribution; marked-up text by italics (and sometimes both).
        const attributed = !md || rng.chance(0.5) ? text.replace(/\.?$/, (dot) => ` (Ofsted, ${month})${dot}`) : text;
        item = md ? `*${attributed}*` : attributed;
      } else {
        item = text;
      }
      lines.push(`- ${item}`);
      recommendations.push({ months, source: r.source, text });
    }
    lines.push("");
  }
  return recommendations;
}

/**
 * N synthetic reports, one per authority: even indexes marked up like
 * barnet.txt, odd ones plain like dudley.txt.
 */
export function generateCorpus(n: number, seed = DEFAULT_SEED): SyntheticReport[] {
  const pools = loadPools();
  const names = authorityNames(n, seed);
  const rng = createRng(seed);
  return names.map((name, i) => generateOne(i, name, i % 2 === 0 ? "markup" : "plain", rng, pools));
}

/** Writes the texts into dir (emptied first), one file each; returns the paths in corpus order. */
export function writeCorpus(dir: string, reports: SyntheticReport[]): string[] {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return reports.map((r) => {
    const file = path.join(dir, r.fileName);
    fs.writeFileSync(file, r.text);
    return file;
  });
}
