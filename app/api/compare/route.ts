import type { NextRequest } from "next/server";
import {
  COMPARISON_CSV_HEADER,
  compareEvidence,
  compareReports,
  comparisonCsvRows,
  describeThemeContrast,
  onlyConcerns,
} from "@/lib/compare/compare-reports";
import { codesOf } from "@/lib/councils/codes";
import { toCsv } from "@/lib/formatting/csv";
import { firstParam, fromSearchParams } from "@/lib/requests/params";
import { publicOrigin } from "@/lib/requests/public-origin";
import { resolveAuthoritySlug } from "@/lib/queries/councils";
import { readCompareApiRequest } from "@/lib/compare/compare-request";
import { getLatestReportJson } from "@/lib/queries/reports";
import { badRequest, download, notFound, ok } from "../_lib/responses";

export const dynamic = "force-dynamic";

export { DELETE, OPTIONS, PATCH, POST, PUT } from "../_lib/read-only";

/**
 * GET /api/compare?a={slug}&b={slug} — two authorities' latest reports side by
 * side (each named by slug, LA number or ONS code): ratings by judgement, context figures, findings by CQC outcome, and
 * each one's recommendations; what the findings say differently (`evidence`).
 * `concerns=only` keeps only the paragraphs raising a concern; `format=csv`
 * downloads the findings' paragraphs as CSV.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const raw = fromSearchParams(request.nextUrl.searchParams);
  // Either side may be named by its slug, LA number or ONS code ("barnet", "302", "E09000003").
  const [givenA, givenB] = await Promise.all([firstParam(raw.a), firstParam(raw.b)].map((x) => (x ? resolveAuthoritySlug(x) : x)));
  const read = readCompareApiRequest({ ...raw, a: givenA, b: givenB });
  if (!read.ok) return badRequest(read.errors);
  const { a, b, concernsOnly } = read.value;

  const [reportA, reportB] = await Promise.all([getLatestReportJson(a), getLatestReportJson(b)]);
  const unknown = [...(reportA ? [] : [a]), ...(reportB ? [] : [b])];
  if (!reportA || !reportB) return notFound(`No authority ${unknown.map((s) => `'${s}'`).join(" or ")}`);

  const full = compareReports(reportA, reportB);
  const evidence = compareEvidence(full, reportA, reportB);
  const comparison = concernsOnly ? onlyConcerns(full) : full;
  if (read.value.csv) {
    const rows = comparisonCsvRows(
      comparison,
      { slug: a, name: reportA.authority, ...codesOf(reportA) },
      { slug: b, name: reportB.authority, ...codesOf(reportB) },
      publicOrigin(request.headers, request.url),
    );
    return download(
      toCsv(COMPARISON_CSV_HEADER, rows),
      "text/csv; charset=utf-8",
      `compare-${a}-${b}${concernsOnly ? "-concerns" : ""}.csv`,
    );
  }
  return ok({
    a: { slug: a, name: reportA.authority, ...codesOf(reportA), reportDate: reportA.reportDate },
    b: { slug: b, name: reportB.authority, ...codesOf(reportB), reportDate: reportB.reportDate },
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
