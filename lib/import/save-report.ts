import { createHash } from "node:crypto";
import type { Db, Tx } from "../db";
import { Prisma } from "../generated/prisma/client";
import { councilCodes, type CouncilCodes, matchCouncil } from "../councils";
import { deadlineKey } from "../report/parse-report";
import { analysisVersion, assessReport } from "../report/assess-report";
import { slugify } from "../report/slug";
import type { AssessedReport, InspectionReport } from "../report/types";
import { insertRows } from "../queries/sql";
import { applyCorrections, type CorrectionWrites, transactionWrites } from "../corrections/apply";
import { insertThemes, type InsertRows, reassessReport } from "./stored-assessment";
import { renewAuthorityPages } from "../document-layer/renew-pages";

export interface ReportSource {
  /** File name or "pasted text": shown to users, never trusted as a path. */
  name: string;
  text: string;
}

type SaveOutcome = "created" | "replaced" | "unchanged";

export interface SaveResult {
  outcome: SaveOutcome;
  reportId: number;
  slug: string;
  authority: string;
  reportDate: string;
  sections: number;
  paragraphs: number;
  recommendations: number;
  warnings: number;
  /** The council's codes from the lookup; all null when its name matched no council there (said on its page and in the summary). */
  council: CouncilCodes;
}

/** Lets tests interrupt a save between its writes, to prove nothing partial is kept. */
export interface SaveHooks {
  afterReportRow?: () => void | Promise<void>;
}

/**
 * Identifies a report's text: SHA-256 of the text with line endings made
 * alike and any byte-order mark dropped, so that the same report pasted into a
 * browser (which sends CRLF) counts as the same as the file.
 */
export function contentDigest(text: string): string {
  return createHash("sha256")
    .update(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), "utf8")
    .digest("hex");
}

function summarize(report: InspectionReport) {
  return {
    sections: report.sections.length,
    paragraphs: report.sections.reduce((n, s) => n + s.paragraphs.length, 0),
    recommendations: report.recommendations.length,
    warnings: report.warnings.length,
  };
}

/**
 * What storing a report needs of the database: saveReport's Prisma
 * transaction, or the bulk import's own connection (import-files.ts, decision
 * 0016). The statements are the same either way, so the rows are too.
 */
export interface ReportWrites extends CorrectionWrites {
  insert: InsertRows;
  /** Deletes a report; its sections, paragraphs, recommendations and the rest go with it (ON DELETE CASCADE). */
  deleteReport(reportId: number): Promise<void>;
  /**
   * Reads a stored report's evidence again under the current rules (stored-assessment.ts): true when
   * that was done now and changed it, false when nothing changed or the caller does it later.
   */
  reassess(reportId: number): Promise<boolean>;
}

function prismaWrites(tx: Tx): ReportWrites {
  return {
    ...transactionWrites(tx),
    insert: (table, columns, rows) => insertRows(tx, table, columns, rows),
    deleteReport: async (reportId) => void (await tx.report.deleteMany({ where: { id: reportId } })),
    reassess: (reportId) => reassessReport(tx, reportId),
  };
}

/**
 * Stores one parsed report in a single transaction. A report is identified by
 * its authority and report date: saving it again replaces the stored copy (or
 * leaves it alone when the source text is byte-for-byte the same), and a
 * report with another date becomes a further report of the same authority.
 */
export async function saveReport(db: Db, report: InspectionReport, source: ReportSource, hooks: SaveHooks = {}): Promise<SaveResult> {
  // Assessed from its text here, whatever evidence the report may carry, and before the transaction takes the write lock.
  return saveAssessedReport(db, assessReport(report), source, hooks);
}

/** saveReport of a report assessed just now by assessReport (readReportFile's), so that it is not assessed twice. */
export async function saveAssessedReport(db: Db, report: AssessedReport, source: ReportSource, hooks: SaveHooks = {}): Promise<SaveResult> {
  return withRetry(() =>
    db.$transaction((tx) => storeReport(prismaWrites(tx), report, source, hooks), { timeout: 30_000, maxWait: 30_000 }),
  );
}

/** The writes of saveReport, inside the caller's transaction. */
export async function storeReport(
  w: ReportWrites,
  report: AssessedReport,
  source: ReportSource,
  hooks: SaveHooks = {},
): Promise<SaveResult> {
  const slug = slugify(report.authority);
  const digest = contentDigest(source.text);
  const council = councilCodes(matchCouncil(report.authority));
  // Raw, as is the report row below: through the client (upsert, findUnique, create with nested
  // createMany, aggregate) an import took 1.4× the database CPU (decision 0007).
  const [authority] = await w.rows<{ id: number }>(
    Prisma.sql`
      INSERT INTO "Authority" ("slug", "name", "laNumber", "onsCode", "onsRegion")
      VALUES (${slug}, ${report.authority}, ${council.laNumber}, ${council.onsCode}, ${council.region})
      ON CONFLICT ("slug") DO UPDATE SET "name" = excluded."name", "laNumber" = excluded."laNumber",
        "onsCode" = excluded."onsCode", "onsRegion" = excluded."onsRegion"
      RETURNING "id"`,
  );
  const authorityId = authority.id;
  const [existing] = await w.rows<{ id: number; sourceSha256: string; analysisVersion: string }>(
    Prisma.sql`SELECT "id", "sourceSha256", "analysisVersion" FROM "Report" WHERE "authorityId" = ${authorityId} AND "reportDate" = ${report.reportDate}`,
  );
  const base = { slug, authority: report.authority, reportDate: report.reportDate, ...summarize(report), council };
  if (existing && existing.sourceSha256 === digest) {
    // Same text, but perhaps read as evidence under older rules.
    if (existing.analysisVersion !== analysisVersion() && (await w.reassess(existing.id)))
      await renewAuthorityPages(w, slug, council.laNumber);
    return { outcome: "unchanged" as const, reportId: existing.id, ...base };
  }
  if (existing) await w.deleteReport(existing.id);

  const reportId = await insertReport(w, authorityId, report, source, digest);
  await hooks.afterReportRow?.();
  const paragraphs = await insertFindings(w, reportId, report);
  const recommendations = await insertRecommendations(w, reportId, authorityId, report);
  await insertThemes(w.insert, reportId, paragraphs, recommendations);
  // Reviewers' marks of this report's paragraphs outlive the rows they were made on.
  await applyCorrections(w, { id: reportId, authorityId, reportDate: report.reportDate });
  await renewAuthorityPages(w, slug, council.laNumber);
  return { outcome: existing ? ("replaced" as const) : ("created" as const), reportId, ...base };
}

/**
 * Another process's import can hold SQLite's write lock, or commit between our
 * reading and our writing: SQLite then answers "busy" and the transaction has
 * been rolled back, so it is safe to run it again. The repeat sees the other
 * import's result (and, for the same report, leaves it unchanged).
 */
export async function withRetry<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isBusy(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
    }
  }
}

function isBusy(error: unknown): boolean {
  const text = `${(error as { code?: string }).code ?? ""} ${(error as Error).message ?? ""}`;
  return /SQLITE_BUSY|database is locked|P2034|write conflict|Unique constraint failed/i.test(text);
}

async function insertReport(
  w: ReportWrites,
  authorityId: number,
  report: InspectionReport,
  source: ReportSource,
  digest: string,
): Promise<number> {
  const [row] = await w.rows<{ id: number }>(
    Prisma.sql`
    INSERT INTO "Report" ("authorityId", "reportDate", "inspectionStart", "inspectionEnd", "commissioningPct", "inspector",
      "region", "regionalDirector", "childrenPopulation", "lookedAfterChildren", "childProtectionPlans", "contextText",
      "nextStepsWorkingDays", "nextStepsText", "warnings", "sourceName", "sourceSha256", "sourceText", "importedAt", "analysisVersion")
    VALUES (${authorityId}, ${report.reportDate}, ${report.inspection.start}, ${report.inspection.end}, ${report.commissioningPct},
      ${report.inspector}, ${report.region}, ${report.regionalDirector}, ${report.context.childrenPopulation},
      ${report.context.lookedAfterChildren}, ${report.context.childProtectionPlans}, ${report.context.text},
      ${report.nextSteps?.workingDays ?? null}, ${report.nextSteps?.text ?? null}, ${JSON.stringify(report.warnings)},
      ${source.name}, ${digest}, ${source.text}, ${new Date().toISOString().replace("Z", "+00:00")}, ${analysisVersion()})
    RETURNING "id"`,
  );
  const reportId = row.id;
  await w.insert(
    "Provider",
    ["reportId", "position", "name"],
    report.providers.map((name, position) => [reportId, position, name]),
  );
  await w.insert(
    "Rating",
    ["reportId", "position", "inspection", "judgement", "grade"],
    report.ratings.map((r, position) => [reportId, position, r.inspection, r.judgement, r.grade]),
  );
  await w.insert(
    "Footnote",
    ["reportId", "marker", "ref", "text"],
    report.footnotes.map((f) => [reportId, f.marker, f.ref, f.text]),
  );
  return reportId;
}

/** The next free id of a table, taken under the transaction's write lock so nobody else can take it. */
async function nextId(w: ReportWrites, table: "Section" | "Paragraph" | "Recommendation"): Promise<number> {
  const [{ maxId }] = await w.rows<{ maxId: number | null }>(Prisma.sql`SELECT MAX("id") AS "maxId" FROM ${Prisma.raw(`"${table}"`)}`);
  return (maxId ?? 0) + 1;
}

/** Stores sections and paragraphs (with their evidence); returns each paragraph's id, assessment and themes. */
async function insertFindings(w: ReportWrites, reportId: number, report: AssessedReport) {
  // Ids are assigned here so that all paragraphs go in one statement and
  // their theme rows can name them.
  const firstId = await nextId(w, "Section");
  await w.insert(
    "Section",
    ["id", "reportId", "position", "number", "outcome", "title"],
    report.sections.map((sec, position) => [firstId + position, reportId, position, sec.number, sec.outcome, sec.title]),
  );
  const firstParagraphId = await nextId(w, "Paragraph");
  const paragraphs = report.sections
    .flatMap((sec, index) =>
      sec.paragraphs.map((p) => ({
        sectionId: firstId + index,
        outcome: sec.outcome,
        ref: p.ref,
        text: p.text,
        assessment: p.assessment,
        sentences: JSON.stringify(p.sentences),
        themes: p.themes,
      })),
    )
    .map((p, position) => ({ ...p, id: firstParagraphId + position, position }));
  await w.insert(
    "Paragraph",
    ["id", "reportId", "sectionId", "position", "outcome", "ref", "text", "assessment", "sentences"],
    paragraphs.map((p) => [p.id, reportId, p.sectionId, p.position, p.outcome, p.ref, p.text, p.assessment, p.sentences]),
  );
  return paragraphs;
}

async function insertRecommendations(w: ReportWrites, reportId: number, authorityId: number, report: AssessedReport) {
  const firstId = await nextId(w, "Recommendation");
  await w.insert(
    "Recommendation",
    [
      "id",
      "reportId",
      "authorityId",
      "position",
      "deadlineLabel",
      "deadlineMonths",
      "deadlineDays",
      "deadlineKey",
      "dueDate",
      "addressee",
      "text",
      "source",
      "attribution",
    ],
    report.recommendations.map((r, position) => [
      firstId + position,
      reportId,
      authorityId,
      position,
      r.deadline.label,
      r.deadline.months,
      r.deadline.days,
      deadlineKey(r.deadline),
      r.dueDate,
      r.addressee,
      r.text,
      r.source,
      r.attribution,
    ]),
  );
  return report.recommendations.map((r, position) => ({ id: firstId + position, themes: r.themes }));
}
