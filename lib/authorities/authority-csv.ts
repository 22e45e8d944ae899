/**
 * One authority's findings as CSV, from its page (issue 24): a row per
 * paragraph, with how it reads, the themes it raises as a concern and a link
 * back to it. Pure.
 */
import { paragraphId } from "./authority-page";
import { concernThemes } from "../evidence/concern-themes";
import { assessedBy } from "../evidence/display";
import { toCsv } from "../formatting/csv";
import type { AssessedReport } from "../report/types";

export const AUTHORITY_CSV_HEADER = [
  "section",
  "outcome",
  "outcome_title",
  "ref",
  "assessment",
  "assessed_by",
  "concern_themes",
  "themes",
  "text",
  "link",
];

/** `origin` ("https://example.org") makes the links absolute; `reportQuery` ("?report=2012-02-24") keeps an earlier report's page. */
export function authorityFindingsCsv(report: AssessedReport, slug: string, origin = "", reportQuery = ""): string {
  const page = `${origin}/authorities/${encodeURIComponent(slug)}${reportQuery}`;
  return toCsv(
    AUTHORITY_CSV_HEADER,
    report.sections.flatMap((s) =>
      s.paragraphs.map((p) => [
        s.number,
        s.outcome,
        s.title,
        p.ref,
        p.assessment,
        assessedBy(p.review !== undefined),
        concernThemes(p.sentences).join(" "),
        p.themes.join(" "),
        p.text,
        `${page}#${paragraphId(p.ref)}`,
      ]),
    ),
  );
}
