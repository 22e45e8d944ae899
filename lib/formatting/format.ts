const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats an ISO date as a GOV.UK-style date: "2012-02-24" → "24 February 2012".
 *
 * Calendar dates (`YYYY-MM-DD`) are formatted as written, with no time zone
 * involved. Full timestamps are read in UTC, so the result never depends on
 * the server's time zone. Anything that is not a valid ISO date is returned
 * unchanged rather than throwing, so a bad value shows instead of breaking a page.
 */
export function formatDate(iso: string): string {
  const value = iso.trim();
  const dateOnly = DATE_ONLY.exec(value);
  let year: number;
  let month: number;
  let day: number;
  if (dateOnly) {
    year = Number(dateOnly[1]);
    month = Number(dateOnly[2]);
    day = Number(dateOnly[3]);
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
      return iso;
    }
  } else if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const time = Date.parse(value);
    if (Number.isNaN(time)) return iso;
    const date = new Date(time);
    year = date.getUTCFullYear();
    month = date.getUTCMonth() + 1;
    day = date.getUTCDate();
  } else {
    return iso;
  }
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
