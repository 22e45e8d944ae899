/**
 * npx tsx scripts/add-reviewed-labels.ts <reviewed-marks.json | --database> <label set .json>
 *
 * Adds reviewers' marks (issue 21) to a development label set of the
 * assessment (lib/assessment/labels/): from the admin's download
 * (/admin/marks/download), or straight from the database (DATABASE_URL) with
 * --database. A paragraph already in the set (same report, number and text)
 * takes the newer label; a set that does not exist is created. Never point it
 * at a frozen set: its cases would then have been seen.
 */
import fs from "node:fs";
import { format } from "prettier";
import { z } from "zod";
import { ASSESSMENTS } from "../lib/assessment";
import { mergeReviewedCases, reviewedSet, type ReviewedSet } from "../lib/corrections/labels";

const USAGE = "usage: npx tsx scripts/add-reviewed-labels.ts <reviewed-marks.json | --database> <label set .json>";

const exported = z.object({
  labelled: z.string(),
  by: z.string(),
  how: z.string(),
  paragraphs: z.array(
    z.object({
      source: z.string(),
      ref: z.string(),
      sentences: z.array(z.object({ label: z.enum(ASSESSMENTS), text: z.string().min(1) })).min(1),
      reason: z.string(),
      assessorMark: z.string(),
    }),
  ),
});

const labelSet = z
  .object({
    paragraphs: z.array(
      z.object({ source: z.string().optional(), ref: z.string(), sentences: z.array(z.object({ text: z.string() })) }).loose(),
    ),
  })
  .loose();

async function readExport(from: string): Promise<ReviewedSet> {
  if (from !== "--database") return exported.parse(JSON.parse(fs.readFileSync(from, "utf8")));
  // Opened only when asked for: the database client connects on DATABASE_URL when imported.
  const [{ db }, { listReviewedMarks }] = await Promise.all([import("../lib/db"), import("../lib/queries/corrections")]);
  try {
    return reviewedSet(await listReviewedMarks(), new Date().toISOString());
  } finally {
    await db.$disconnect();
  }
}

const [from, to, ...rest] = process.argv.slice(2);
if (!from || !to || rest.length > 0 || /frozen/i.test(to)) {
  console.error(USAGE + (to && /frozen/i.test(to) ? "\n(refused: a frozen set is never given cases that were seen)" : ""));
  process.exit(2);
}
const incoming = await readExport(from);
// Checked, then kept as read: the set's own keys stay in their order.
const existing = fs.existsSync(to) ? (JSON.parse(fs.readFileSync(to, "utf8")) as z.output<typeof labelSet>) : null;
if (existing) labelSet.parse(existing);
const merged = mergeReviewedCases(existing, incoming);
fs.writeFileSync(to, await format(JSON.stringify(merged, null, 2), { parser: "json" }));
console.log(`add-reviewed-labels: ${incoming.paragraphs.length} reviewed paragraph(s) into ${to} (${merged.paragraphs.length} in the set)`);
