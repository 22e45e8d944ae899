/** RFC 4180 CSV. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (value: string | number | null) => {
    let s = value === null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

/**
 * The byte-order mark every CSV download starts with, so that Excel reads it
 * as UTF-8 ("Children’s", "–") rather than as the system's code page
 * (docs/decisions/0012-csv-for-excel.md).
 */
export const CSV_BOM = "\uFEFF";
