/**
 * npm run reassess [-- --all]
 * Reads the stored reports again as evidence (assessments and themes) with
 * the current rules in lib/assessment: those assessed with other rules, or all
 * of them with --all. Stored text is the input; nothing else changes.
 */
import { createDb } from "../lib/db";
import { reassessStale } from "../lib/import/reassess";

const args = process.argv.slice(2);
if (args.some((a) => a !== "--all")) {
  console.error("usage: npm run reassess [-- --all]");
  process.exit(2);
}
const db = createDb();
try {
  const { reassessed, total } = await reassessStale(db, { all: args.includes("--all") });
  console.log(`reassess: ${reassessed} of ${total} report(s) read again with the current findings rules`);
} finally {
  await db.$disconnect();
}
