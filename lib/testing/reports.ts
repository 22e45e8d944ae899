import fs from "node:fs";
import path from "node:path";

export const SEED_REPORTS_DIR = path.join(import.meta.dirname, "..", "..", "seed", "reports");

/** The text of a seed report, as shipped. */
export function seedReportText(name: "barnet" | "dudley"): string {
  return fs.readFileSync(path.join(SEED_REPORTS_DIR, `${name}.txt`), "utf8");
}
