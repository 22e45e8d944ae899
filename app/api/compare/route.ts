import type { NextRequest } from "next/server";
import {
  COMPARISON_CSV_HEADER,
  compareEvidence,
  compareReports,
  comparisonCsvRows,
  describeThemeContrast,
  onlyConcerns,
} from "@/lib/compare/compare-reports";
import { toCsv } from "@/lib/formatting/csv";
import { readCompareApiRequest } from "@/lib/compare/compare-request";
import { fromSearchParams } from "@/lib/requests/params";
import { getLatestReportJson } from "@/lib/queries/reports";
import { badRequest, download, notFound, ok } from "../_lib/responses";

export const dynamic = "force-dynamic";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "../_lib/read-only";

/**
 * GET /api/compare?a={slug}&b={slug} — two authorities' latest reports side by
 * side: ratings by judgement, context figures, findings by CQC outcome, and
 * each one's recommendations; what the findings say differently (`evidence`).
 * `concerns=only` keeps only the paragraphs raising a concern; `format=csv`
 * downloads the findings' paragraphs as CSV.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const read = readCompareApiRequest(fromSearchParams(request.nextUrl.searchParams));
  if (!read.ok) return badRequest(read.errors);
  const { a, b, concernsOnly } = read.value;

  const [reportA, reportB] = await Promise.all([getLatestReportJson(a), getLatestReportJson(b)]);
  const unknown = [...(reportA ? [] : [a]), ...(reportB ? [] : [b])];
  if (!reportA || !reportB) return notFound(`No authority ${unknown.map((s) => `'${s}'`).join(" or ")}`);

  const full = compareReports(reportA, reportB);
  const evidence = compareEvidence(full, reportA, reportB);
  const comparison = concernsOnly ? onlyConcerns(full) : full;
  if (read.value.csv) {
    const rows = comparisonCsvRows(comparison, { slug: a, name: reportA.authority }, { slug: b, name: reportB.authority });
    return download(
      toCsv(COMPARISON_CSV_HEADER, rows),
      "text/csv; charset=utf-8",
      `compare-${a}-${b}${concernsOnly ? "-concerns" : ""}.csv`,
    );
  }
  return ok({
    a: { slug: a, name: reportA.authority, reportDate: reportA.reportDate },
    b: { slug: b, name: reportB.authority, reportDate: reportB.reportDate },
    ratings: comparison.ratings,
    figures: comparison.figures,
    concernsOnly,
    outcomes: comparison.outcomes,
    evidence: {
      outcomes: evidence.outcomes,
      themes: evidence.themes.map((t) => ({
        theme: t.theme.id,
        name: t.theme.name,
        a: t.a,
        b: t.b,
        only: t.only,
        text: describeThemeContrast(t, reportA.authority, reportB.authority),
      })),
    },
    recommendations: { a: reportA.recommendations, b: reportB.recommendations },
  });
}
