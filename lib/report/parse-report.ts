/**
 * Parses the text of one CQC integrated inspection report (safeguarding and
 * looked after children's services, 2011–12 series) in stages: the document
 * is cut into its blocks by their landmarks (parse/blocks.ts), then each block
 * is read by its own module under parse/.
 */
import { contextFigures, contextWarnings, readContext } from "./parse/context";
import { findingsOf, hasFindings, readFindings } from "./parse/findings";
import { cutIntoBlocks } from "./parse/blocks";
import { documentLines } from "./parse/lines";
import { findTitle, metadataOf, missingReportDate, readPreamble, reportDateOf, type MetaValues } from "./parse/metadata";
import { nextStepsWarnings, readNextSteps } from "./parse/next-steps";
import { ratingsWarnings, readRatings } from "./parse/ratings";
import { readRecommendations, recommendationsOf, recommendationsWarnings } from "./parse/recommendations";
import type { InspectionReport, RatingRow } from "./types";

export { contextFigures } from "./parse/context";
export { splitProviders } from "./parse/metadata";
export { addresseeOf, deadlineKey, parseDeadline } from "./parse/recommendations";

/**
 * Raised when text is not a readable inspection report. `missing` names what
 * was looked for and not found, in words a user can act on.
 */
export class ReportParseError extends Error {
  readonly missing: string[];
  constructor(message: string, missing: string[] = []) {
    super(message);
    this.name = "ReportParseError";
    this.missing = missing;
  }
}

/**
 * Refuses a text that lacks what every report has: a title (or a council
 * named above the ratings), a ratings table, findings and a readable report date.
 */
function requireReport(found: { authority: boolean; ratings: boolean; findings: boolean; reportDate: boolean }, meta: MetaValues): void {
  const missing: string[] = [];
  if (!found.authority) missing.push("a title naming the authority ('…Services in <authority>')");
  if (!found.ratings) missing.push("a ratings table");
  if (!found.findings) missing.push("findings sections ('2. Outcome 1 Involving Users' and numbered paragraphs)");
  if (missing.length === 3) {
    throw new ReportParseError("not an inspection report: no title, ratings table or findings sections found", missing);
  }
  if (!found.reportDate) missing.push(missingReportDate(meta));
  if (missing.length > 0) {
    throw new ReportParseError(`incomplete inspection report: missing ${missing.join("; ")}`, missing);
  }
}

/**
 * Parses the text of one inspection report.
 *
 * @throws ReportParseError when the text is not an inspection report.
 */
export function parseReport(input: string): InspectionReport {
  if (typeof input !== "string" || input.trim() === "") {
    throw new ReportParseError("the file is empty", ["any text"]);
  }
  const document = documentLines(input);
  const title = findTitle(document);
  const blocks = cutIntoBlocks(document, title?.lineIndexes ?? []);

  const preamble = readPreamble(blocks.preamble, document);
  const headerlessTable = preamble.tableStart < 0 ? [] : readRatings(blocks.preamble.slice(preamble.tableStart), null);
  const ratings: RatingRow[] = [...headerlessTable, ...blocks.ratings.flatMap((table) => readRatings(table.lines, table.inspection))];
  const findingsDraft = readFindings(blocks.sections);
  const authority = title?.authority ?? preamble.councilName;
  const reportDate = reportDateOf(preamble.meta);
  requireReport(
    { authority: authority !== null, ratings: ratings.length > 0, findings: hasFindings(findingsDraft), reportDate: reportDate !== null },
    preamble.meta,
  );

  const metadata = metadataOf(preamble.meta);
  const contextText = readContext(blocks.context);
  const figures = contextFigures(contextText);
  const findings = findingsOf(findingsDraft);
  const recommendationsDraft = readRecommendations(blocks.recommendations);
  const recommendations = recommendationsOf(recommendationsDraft.drafts, reportDate!);
  const nextSteps = readNextSteps(blocks.nextSteps);
  const warnings = [
    ...findingsDraft.warnings,
    ...(title === null && preamble.councilName !== null ? ["no title line; authority taken from the ratings table"] : []),
    ...metadata.warnings,
    ...ratingsWarnings(ratings, blocks.ratings.length > 0),
    ...contextWarnings(figures, blocks.context.length > 0),
    ...findings.warnings,
    ...recommendationsWarnings(blocks.recommendations.length > 0, recommendations.length, recommendationsDraft.skippedUndated),
    ...nextStepsWarnings(nextSteps, blocks.nextSteps.length > 0),
  ];

  return {
    authority: authority!,
    inspection: metadata.inspection,
    reportDate: reportDate!,
    commissioningPct: metadata.commissioningPct,
    inspector: metadata.inspector,
    providers: metadata.providers,
    region: metadata.region,
    regionalDirector: metadata.regionalDirector,
    ratings,
    // Not `...figures`: a spread with more properties is slow in Node 20 (see readFindings).
    context: {
      childrenPopulation: figures.childrenPopulation,
      lookedAfterChildren: figures.lookedAfterChildren,
      childProtectionPlans: figures.childProtectionPlans,
      text: contextText,
    },
    sections: findings.sections,
    footnotes: findings.footnotes,
    recommendations,
    nextSteps,
    warnings,
  };
}
