/**
 * The recommendations: under deadline headings ("Within 3 months"), a lead-in
 * naming who is to act ("NHS Barnet and NHS providers take action to:") and
 * the recommendations as bullets; extracts of the Ofsted report among them.
 */
import { addDays, addMonths } from "../dates";
import { isItalic, plain } from "../text";
import type { Deadline, Recommendation } from "../types";
import { isShort, joinRaw, looksLikeHeading, readCount, type Line } from "./lines";

const DEADLINE =
  /^(?:(?:to\s+be\s+(?:completed|achieved)\s+)?within\s+(\d{1,2}|[a-z]+)\s+(months?|weeks?|(?:working\s+)?days?)\b.*|immediate(?:ly)?\b.*)$/i;
const LEAD_IN_ACTION = /^(?:ensure\s+that\s+)?(.*?)\s+(?:should\s+|must\s+|to\s+|will\s+)?takes?\s+action\s+to\s*:?$/i;
/**
 * A deadline and its lead-in on one line: a table of recommendations with the
 * deadline in one column and the lead-in beside it, read back as one line.
 */
const DEADLINE_AND_LEAD_IN =
  /^((?:within\s+\S+\s+(?:months?|weeks?|(?:working\s+)?days?)|immediate(?:ly)?)(?:\s*\([^)]*\))?)\s+(\S.*\btakes?\s+action\s+to\s*:?)$/i;
const BULLET = /^\s*(?:[-•*–·▪◦‣⁃○●]|\d{1,2}[.)]|\(?[a-z]\))\s+(\S.*)$/;
const OFSTED_ATTRIBUTION = /\(\s*(ofsted)\s*,?\s*((?:[a-z]+\s+)?\d{4})\s*\)/i;

/** Who a recommendation is for, from its lead-in ("NHS Barnet and NHS providers take action to:"). */
export function addresseeOf(leadIn: string): string | null {
  const s = leadIn.trim().replace(/\s*:$/, "");
  const m = LEAD_IN_ACTION.exec(s);
  if (m && m[1].trim()) return m[1].replace(/^ensure\s+that\s+/i, "").trim();
  const should = /^(?:ensure\s+that\s+)?(.*?)\s+(?:should|must|will)$/i.exec(s);
  if (should) return should[1].trim();
  return s.replace(/^ensure\s+that\s+/i, "").trim() || null;
}

export function parseDeadline(label: string): Deadline | null {
  const m = DEADLINE.exec(label);
  if (!m) return null;
  if (m[1] === undefined) return { label, months: 0, days: 0 };
  const count = readCount(m[1]);
  if (count === null) return null;
  const unit = m[2].toLowerCase();
  if (unit.startsWith("month")) return { label, months: count, days: null };
  if (unit.startsWith("week")) return { label, months: 0, days: count * 7 };
  // Working days are rounded up to calendar days: five working days a week.
  if (unit.startsWith("working")) return { label, months: 0, days: Math.ceil(count / 5) * 7 };
  return { label, months: 0, days: count };
}

function dueDateOf(reportDate: string, deadline: Deadline): string {
  return deadline.days === null ? addMonths(reportDate, deadline.months) : addDays(reportDate, deadline.days);
}

/** The filter key of a deadline: "3" (months), "6w" (weeks), "10d" (days), "0" (immediately). */
export function deadlineKey(deadline: Pick<Deadline, "months" | "days">): string {
  if (deadline.days === null) return String(deadline.months);
  if (deadline.days === 0) return "0";
  return deadline.days % 7 === 0 ? `${deadline.days / 7}w` : `${deadline.days}d`;
}

type RecommendationLine =
  | { kind: "deadline"; deadline: Deadline; addressee?: string | null }
  | { kind: "leadIn"; addressee: string | null }
  | { kind: "end" }
  | { kind: "text"; bulletText: string | null };

/** What a non-blank line of the recommendations is, in the order the kinds are told apart. */
function recommendationLine(line: Line): RecommendationLine {
  const both = DEADLINE_AND_LEAD_IN.exec(line.bare);
  const deadlineBeside = both && parseDeadline(both[1]);
  if (both && deadlineBeside) return { kind: "deadline", deadline: deadlineBeside, addressee: addresseeOf(both[2]) };
  if (isShort(line)) {
    const deadline = BULLET.test(line.raw) ? null : parseDeadline(line.bare);
    if (deadline && line.bare.length < 80) return { kind: "deadline", deadline };
  }
  const bullet = BULLET.exec(line.raw);
  if (!bullet && isShort(line) && (LEAD_IN_ACTION.test(line.bare) || /:$/.test(line.bare)))
    return { kind: "leadIn", addressee: addresseeOf(line.bare) };
  // A lead-in set as a list item (indented in a table's cell, as the items under it are): no recommendation ends so.
  if (bullet && LEAD_IN_ACTION.test(plain(bullet[1]).trim())) return { kind: "leadIn", addressee: addresseeOf(plain(bullet[1])) };
  if (!bullet && looksLikeHeading(line)) return { kind: "end" };
  return { kind: "text", bulletText: bullet ? bullet[1] : null };
}

/**
 * Whether the line is a heading that ends the recommendations (deadlines and
 * lead-ins formatted as headings do not). Only a line that looks like a
 * heading can end them, so the others are not classified twice (here, while
 * the blocks are cut, and again when they are read).
 */
export function endsRecommendations(line: Line): boolean {
  return looksLikeHeading(line) && recommendationLine(line).kind === "end";
}

export interface RecommendationDraft {
  deadline: Deadline;
  addressee: string | null;
  rawParts: string[];
}

/**
 * Reads the recommendations blocks in order: each bullet under a deadline is
 * a recommendation for the addressee of the lead-in above it, and a line
 * without a bullet right after one (no blank line between) continues it.
 * Bullets before any deadline are counted as skipped.
 */
export function readRecommendations(blocks: Line[][]): { drafts: RecommendationDraft[]; skippedUndated: number } {
  const drafts: RecommendationDraft[] = [];
  let skippedUndated = 0;
  let deadline: Deadline | null = null;
  let addressee: string | null = null;
  let lastItemBlanksBefore: number | null = null;
  for (const line of blocks.flat()) {
    if (line.bare === "") continue;
    const read = recommendationLine(line);
    if (read.kind === "deadline") [deadline, addressee, lastItemBlanksBefore] = [read.deadline, read.addressee ?? null, null];
    else if (read.kind === "leadIn") [addressee, lastItemBlanksBefore] = [read.addressee, null];
    else if (read.kind === "end")
      continue; // the blocks end before such lines
    else if (read.bulletText === null && lastItemBlanksBefore === line.blanksBefore) drafts.at(-1)!.rawParts.push(line.raw);
    else if (read.bulletText === null && deadline === null)
      continue; // introductory text
    else if (deadline === null) skippedUndated++;
    else {
      drafts.push({ deadline, addressee, rawParts: [read.bulletText ?? line.raw] });
      lastItemBlanksBefore = line.blanksBefore;
    }
  }
  return { drafts, skippedUndated };
}

function attributionOf(text: string): { text: string; attribution: string | null } {
  const m = OFSTED_ATTRIBUTION.exec(text);
  if (!m) return { text, attribution: null };
  const attribution = `Ofsted, ${m[2].replace(/\s+/g, " ").replace(/^[a-z]/, (c) => c.toUpperCase())}`;
  const without = (text.slice(0, m.index) + text.slice(m.index + m[0].length))
    .replace(/\s+([.;,])/g, "$1")
    .replace(/([.;,])\1+/g, "$1")
    .trim();
  return { text: without, attribution };
}

/** The recommendations of the report JSON: clean text, due date, and whether CQC or Ofsted made each. */
export function recommendationsOf(drafts: RecommendationDraft[], reportDate: string): Recommendation[] {
  return drafts.map((r) => {
    const raw = joinRaw(r.rawParts);
    const { text, attribution } = attributionOf(plain(raw));
    return {
      deadline: r.deadline,
      dueDate: dueDateOf(reportDate, r.deadline),
      addressee: r.addressee,
      text,
      source: attribution !== null || isItalic(raw) ? "Ofsted" : "CQC",
      attribution,
    };
  });
}

export function recommendationsWarnings(sawSection: boolean, count: number, skippedUndated: number): string[] {
  const warnings: string[] = [];
  if (!sawSection) warnings.push("no recommendations section found");
  else if (count === 0) warnings.push("recommendations section has no recommendations");
  if (skippedUndated > 0) warnings.push(`${skippedUndated} recommendation(s) before any deadline heading were skipped`);
  return warnings;
}
