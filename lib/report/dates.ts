/** Calendar-date helpers. Dates are ISO `YYYY-MM-DD` strings, computed in UTC. */

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return -1;
  return MONTHS.findIndex((m) => m.startsWith(w) && w.length >= 3);
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function expandYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

interface DateParts {
  day?: number;
  month?: number;
  year?: number;
}

const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`^${ORDINAL}(?:\s+of)?\s+([A-Za-z]{3,9}\.?)(?:,?\s+(\d{4}))?$`, "i");
const MONTH_DAY_YEAR = new RegExp(String.raw`^([A-Za-z]{3,9}\.?)\s+${ORDINAL}(?:,?\s+(\d{4}))?$`, "i");
const DAY_ONLY = new RegExp(String.raw`^${ORDINAL}$`, "i");
const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_YEAR = /^([A-Za-z]{3,9}\.?)\s+(\d{4})$/;

/** Reads one date, possibly missing its month or year (the start of a range). */
function readParts(raw: string): DateParts | null {
  const s = raw.trim().replace(/\s+/g, " ").replace(/[.,]$/, "");
  let m = ISO.exec(s);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = NUMERIC.exec(s);
  // Reports are British: 09/01/2012 is 9 January.
  if (m) return { day: Number(m[1]), month: Number(m[2]), year: expandYear(m[3]) };
  m = DAY_MONTH_YEAR.exec(s);
  if (m && monthIndex(m[2]) >= 0) return { day: Number(m[1]), month: monthIndex(m[2]) + 1, year: m[3] ? Number(m[3]) : undefined };
  m = MONTH_DAY_YEAR.exec(s);
  if (m && monthIndex(m[1]) >= 0) return { day: Number(m[2]), month: monthIndex(m[1]) + 1, year: m[3] ? Number(m[3]) : undefined };
  m = MONTH_YEAR.exec(s);
  if (m && monthIndex(m[1]) >= 0) return { month: monthIndex(m[1]) + 1, year: Number(m[2]) };
  m = DAY_ONLY.exec(s);
  if (m) return { day: Number(m[1]) };
  return null;
}

/** "24th February 2012", "24 Feb 2012", "24/02/2012" or "2012-02-24" → "2012-02-24"; null if not a full date. */
export function parseDate(raw: string): string | null {
  if (raw.length > 60) return null;
  const p = readParts(raw);
  if (!p || p.day === undefined || p.month === undefined || p.year === undefined) return null;
  return iso(p.year, p.month, p.day);
}

const RANGE_SEPARATOR = /\s*(?:\s-\s|–|—|\bto\b|\buntil\b|\band\b|-(?=\s*\d))\s*/i;

/**
 * "9th January 2012 - 20th January 2012", "9 - 20 January 2012",
 * "28th November to 9th December 2011" → start and end. A single date gives
 * the same start and end.
 */
export function parseDateRange(raw: string): { start: string; end: string } | null {
  if (raw.length > 120) return null;
  const isoDates = raw.match(/\d{4}-\d{2}-\d{2}/g);
  if (isoDates && isoDates.length === 2 && isIsoDate(isoDates[0]) && isIsoDate(isoDates[1]) && isoDates[0] <= isoDates[1]) {
    return { start: isoDates[0], end: isoDates[1] };
  }
  const parts = raw.split(RANGE_SEPARATOR).filter((p) => p.trim() !== "");
  if (parts.length === 1) {
    const d = parseDate(parts[0]);
    return d ? { start: d, end: d } : null;
  }
  if (parts.length !== 2) return null;
  const end = readParts(parts[1]);
  const start = readParts(parts[0]);
  if (!start || !end || end.day === undefined || end.month === undefined || end.year === undefined) return null;
  // The start of a range borrows what it leaves out from the end.
  const startMonth = start.month ?? end.month;
  let startYear = start.year ?? end.year;
  if (start.year === undefined && startMonth > end.month) startYear -= 1;
  if (start.day === undefined) return null;
  const s = iso(startYear, startMonth, start.day);
  const e = iso(end.year, end.month, end.day);
  return s && e && s <= e ? { start: s, end: e } : null;
}

/** Adds calendar months, keeping the day where it exists (31 Jan + 1 month → 29 Feb 2012). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (((total % 12) + 12) % 12) + 1;
  return iso(year, month, Math.min(d, daysInMonth(year, month)))!;
}

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  return m !== null && iso(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}
