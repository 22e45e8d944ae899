import { COUNCIL_CODE } from "../councils";
import { formatDate } from "../formatting/format";
import { councilContext, slugForCouncilCode } from "../queries/councils";
import { type AuthorityReports, getAuthorityReports } from "../queries/reports";
import { parseReportParams, SLUG } from "../requests/params";

/**
 * Where `/authorities/302` or `/authorities/E09000003` leads: Barnet's own
 * address (one address per page; the page redirects, 308). Null for a slug.
 */
export async function authorityCodeRedirect(slug: string, report: string | undefined): Promise<string | null> {
  if (!COUNCIL_CODE.test(slug) || (await getAuthorityReports(slug))) return null;
  const target = await slugForCouncilCode(slug);
  if (!target) return null;
  return `/authorities/${encodeURIComponent(target)}${report === undefined ? "" : `?report=${encodeURIComponent(report)}`}`;
}

/**
 * An authority's page (`/authorities/[slug]?report=`): the report to show, the
 * one of `?report=` when it exists, else the latest with a message saying why.
 * Null when the authority does not exist.
 */
export async function loadAuthorityPage(slug: string, report: string | undefined) {
  if (!SLUG.safeParse(slug).success) return null;
  const parsed = parseReportParams({ report });
  const date = parsed.ok ? parsed.value.report : undefined;
  const asked = await getAuthorityReports(slug, date);
  if (asked) return await authorityPage(asked, parsed.ok ? [] : parsed.errors.map((e) => `${e.message}.`));
  if (date === undefined) return null;
  const latest = await getAuthorityReports(slug);
  if (!latest) return null;
  return await authorityPage(latest, [`${latest.name} has no report dated ${formatDate(date)}.`]);
}

/** `problems`: why the report asked for is not the one shown (a bad or unknown ?report= date). */
async function authorityPage(data: AuthorityReports, problems: string[]) {
  const { report } = data.current;
  const council = await councilContext(data.slug, data.codes);
  const latestDate = data.reportDates[0];
  const isLatest = report.reportDate === latestDate;
  return {
    data,
    report,
    council,
    problems,
    latestDate,
    isLatest,
    title: isLatest ? data.name : `${data.name}, report of ${formatDate(report.reportDate)}`,
    description: `The Care Quality Commission's inspection of safeguarding and looked after children's health services in ${data.name}.`,
    otherDates: data.reportDates.filter((d) => d !== report.reportDate),
  };
}
