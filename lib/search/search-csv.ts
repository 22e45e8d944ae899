/**
 * The search's CSV download (`/api/search?…&format=csv`): a row per match,
 * paragraph or recommendation, with whole texts and links that work from a
 * spreadsheet. Pure.
 */
import { CODE_CSV_COLUMNS, codeCells } from "../councils/codes";
import { assessedBy } from "../evidence/display";
import { toCsv } from "../formatting/csv";
import type { SearchExportRow } from "../queries/search";

const SEARCH_CSV_HEADER = [
  "authority",
  ...CODE_CSV_COLUMNS,
  "report_date",
  "latest_report",
  "kind",
  "ref",
  "outcome",
  "heading",
  "assessment",
  "assessed_by",
  "text",
  "link",
];

/** `origin` ("https://example.org") makes the links absolute; `assessed_by` is for paragraphs only (recommendations are not assessed). */
export function searchCsv(rows: readonly SearchExportRow[], origin = ""): string {
  return toCsv(
    SEARCH_CSV_HEADER,
    rows.map((r) => [
      r.authority,
      ...codeCells(r),
      r.reportDate,
      r.latest ? "yes" : "no",
      r.kind,
      r.ref,
      r.outcome,
      r.heading,
      r.assessment,
      r.kind === "paragraph" ? assessedBy(r.reviewed === true) : null,
      r.text,
      `${origin}${r.href}`,
    ]),
  );
}
