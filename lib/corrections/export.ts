import { toCsv } from "../formatting/csv";

interface MarkHistoryRow {
  at: string;
  who: string;
  from: string;
  to: string;
  reason: string;
  mark?: { authority: string; reportDate: string; ref: string };
}

/** The history of reviewers' marks as rows of a spreadsheet, latest first, as the admin page lists it. Pure. */
export function markHistoryCsv(history: readonly MarkHistoryRow[]): string {
  return toCsv(
    ["When", "Who", "Authority", "Report date", "Paragraph", "From", "To", "Reason"],
    history.map((h) => [h.at, h.who, h.mark?.authority ?? "", h.mark?.reportDate ?? "", h.mark?.ref ?? "", h.from, h.to, h.reason]),
  );
}
