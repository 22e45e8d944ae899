/**
 * The texts the findings tests measure and hold fixed: every finding
 * paragraph and recommendation of the two seed reports, as the importer
 * parses them, and every labelled paragraph (seeds and both held-out sets).
 */
import fs from "node:fs";
import path from "node:path";
import { parseReport } from "../../report/parse-report";
import barnet from "../labels/barnet.json";
import dudley from "../labels/dudley.json";
import heldOut1 from "../labels/held-out-1.json";
import heldOut2 from "../labels/held-out-2.json";

const SEED_DIR = path.join(import.meta.dirname, "..", "..", "..", "seed", "reports");

export interface SeedReportTexts {
  name: string;
  paragraphs: { ref: string; text: string }[];
  recommendations: string[];
}

/** Each seed report's findings and recommendations, as import sees them. */
export function seedReports(): SeedReportTexts[] {
  return ["barnet", "dudley"].map((name) => {
    const report = parseReport(fs.readFileSync(path.join(SEED_DIR, `${name}.txt`), "utf8"));
    return {
      name,
      paragraphs: report.sections.flatMap((s) => s.paragraphs),
      recommendations: report.recommendations.map((r) => r.text),
    };
  });
}

/** Every labelled paragraph's text, keyed by set and ref. */
export function labelledTexts(): { key: string; text: string }[] {
  const sets = { barnet, dudley, "held-out-1": heldOut1, "held-out-2": heldOut2 } as Record<
    string,
    { ref: string; source?: string; sentences: { text: string }[] }[]
  >;
  return Object.entries(sets).flatMap(([set, paragraphs]) =>
    paragraphs.map((p) => ({
      key: [set, p.source, p.ref].filter(Boolean).join(" "),
      text: p.sentences.map((s) => s.text).join(" "),
    })),
  );
}
