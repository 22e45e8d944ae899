/**
 * The ratings table: six judgements, each graded Outstanding to Inadequate,
 * under a safeguarding and a looked after children's header.
 */
import type { Grade, Inspection, RatingRow } from "../types";
import { isShort, MAX_SHORT_LINE, type Line } from "./lines";

const GRADE_WORDS: Record<string, Grade> = {
  outstanding: "Outstanding",
  good: "Good",
  adequate: "Adequate",
  inadequate: "Inadequate",
};

const RATINGS_HEADER_SAFEGUARDING = /^safeguarding\s+(?:services\s+)?inspection\s+outcomes?\b/i;
const RATINGS_HEADER_LOOKED_AFTER = /^looked\s+after\s+children(?:'s)?\s+(?:services\s+)?inspection\s+outcomes?\b/i;
const RATING_ROW = /^(\S.*?)\s*[:|]?\s+(outstanding|good|adequate|inadequate)\s*\.?$/i;
const GRADE_ONLY = /^(outstanding|good|adequate|inadequate)\.?$/i;
const KNOWN_JUDGEMENT = /^(?:overall effectiveness|capacity for improvement|the contribution of health|being healthy)/i;
const AGGREGATED_FINDING = /aggregated inspection finding/i;

export function isSafeguardingRatingsHeading(bare: string): boolean {
  return RATINGS_HEADER_SAFEGUARDING.test(bare);
}

/** The inspection a ratings header line opens the table of, or null when the line is not one. */
export function ratingsHeading(line: Line): Inspection | null {
  if (!isShort(line)) return null;
  if (RATINGS_HEADER_SAFEGUARDING.test(line.bare)) return "safeguarding";
  return RATINGS_HEADER_LOOKED_AFTER.test(line.bare) ? "looked-after" : null;
}

function ratingRow(bare: string): { judgement: string; grade: Grade } | null {
  if (bare.length > MAX_SHORT_LINE) return null;
  const m = RATING_ROW.exec(bare);
  if (!m) return null;
  return { judgement: m[1].replace(/[\s:|]+$/, ""), grade: GRADE_WORDS[m[2].toLowerCase()] };
}

/** A row of a table that has lost its header rows: graded, and worded like one of the six judgements. */
export function startsHeaderlessRatingsTable(line: Line): boolean {
  const row = ratingRow(line.bare);
  return row !== null && KNOWN_JUDGEMENT.test(row.judgement);
}

function inferInspection(judgement: string): Inspection {
  return /looked after|being healthy|council and its partners/i.test(judgement) ? "looked-after" : "safeguarding";
}

/**
 * The rows of one ratings table, up to the first line that cannot belong to
 * it. `inspection` is its header's; without one, each row's inspection is
 * inferred from the wording of its judgement.
 */
export function readRatings(lines: Line[], inspection: Inspection | null): RatingRow[] {
  const rows: RatingRow[] = [];
  let pendingJudgement: string | null = null;
  for (const line of lines) {
    if (line.bare === "") continue;
    const row = ratingRow(line.bare);
    if (row) {
      // Not `...row`: a spread with more properties is slow in Node 20 (see readFindings).
      rows.push({ inspection: inspection ?? inferInspection(row.judgement), judgement: row.judgement, grade: row.grade });
      pendingJudgement = null;
    } else if (GRADE_ONLY.test(line.bare) && pendingJudgement) {
      // Tables exported one cell per line: judgement, then grade.
      const grade = GRADE_WORDS[line.bare.replace(/\.$/, "").toLowerCase()];
      rows.push({ inspection: inspection ?? inferInspection(pendingJudgement), judgement: pendingJudgement, grade });
      pendingJudgement = null;
    } else if (isShort(line) && line.bare.length < 160 && !/[.]$/.test(line.bare) && !AGGREGATED_FINDING.test(line.bare)) {
      pendingJudgement = KNOWN_JUDGEMENT.test(line.bare) || pendingJudgement === null ? line.bare : null;
      if (pendingJudgement === null) break;
    } else if (!AGGREGATED_FINDING.test(line.bare)) {
      break;
    }
  }
  return rows;
}

export function ratingsWarnings(ratings: RatingRow[], sawRatingsHeader: boolean): string[] {
  const warnings: string[] = [];
  if (!sawRatingsHeader) warnings.push("ratings table has no inspection headings; inspections inferred from the judgements");
  if (ratings.length !== 6) warnings.push(`ratings table has ${ratings.length} rows; expected 6`);
  return warnings;
}
