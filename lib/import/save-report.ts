import { createHash } from "node:crypto";
import type { Db } from "../db";
import { deadlineKey } from "../report/parse-report";
import { slugify } from "../report/slug";
import type { InspectionReport } from "../report/types";

export interface ReportSource {
  /** File name or "pasted text": shown to users, never trusted as a path. */
  name: string;
  text: string;
}

export type SaveOutcome = "created" | "replaced" | "unchanged";

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
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

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
  return createHash("sha256").update(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"), "utf8").digest("hex");
}

export function summarize(report: InspectionReport) {
  return {
    sections: report.sections.length,
    paragraphs: report.sections.reduce((n, s) => n + s.paragraphs.length, 0),
    recommendations: report.recommendations.length,
    warnings: report.warnings.length,
  };
}

/**
 * Stores one parsed report in a single transaction. A report is identified by
 * its authority and report date: saving it again replaces the stored copy (or
 * leaves it alone when the source text is byte-for-byte the same), and a
 * report with another date becomes a further report of the same authority.
 */
export async function saveReport(db: Db, report: InspectionReport, source: ReportSource, hooks: SaveHooks = {}): Promise<SaveResult> {
  const slug = slugify(report.authority);
  const digest = contentDigest(source.text);
  const counts = summarize(report);

  return withRetry(() => db.$transaction(async (tx) => {
    const authority = await tx.authority.upsert({
      where: { slug },
      create: { slug, name: report.authority },
      update: { name: report.authority },
    });
    const existing = await tx.report.findUnique({
      where: { authorityId_reportDate: { authorityId: authority.id, reportDate: report.reportDate } },
      select: { id: true, sourceSha256: true },
    });
    const base = { slug, authority: report.authority, reportDate: report.reportDate, ...counts };
    if (existing && existing.sourceSha256 === digest) {
      return { outcome: "unchanged" as const, reportId: existing.id, ...base };
    }
    if (existing) await tx.report.delete({ where: { id: existing.id } });

    const reportId = await insertReport(tx, authority.id, report, source, digest);
    await hooks.afterReportRow?.();
    await insertFindings(tx, reportId, report);
    await tx.recommendation.createMany({
      data: report.recommendations.map((r, position) => ({
        reportId,
        authorityId: authority.id,
        position,
        deadlineLabel: r.deadline.label,
        deadlineMonths: r.deadline.months,
        deadlineDays: r.deadline.days,
        deadlineKey: deadlineKey(r.deadline),
        dueDate: r.dueDate,
        addressee: r.addressee,
        text: r.text,
        source: r.source,
        attribution: r.attribution,
      })),
    });
    return { outcome: existing ? ("replaced" as const) : ("created" as const), reportId, ...base };
  }, { timeout: 30_000, maxWait: 30_000 }));
}

/**
 * Another process's import can hold SQLite's write lock, or commit between our
 * reading and our writing: SQLite then answers "busy" and the transaction has
 * been rolled back, so it is safe to run it again. The repeat sees the other
 * import's result (and, for the same report, leaves it unchanged).
 */
async function withRetry<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
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

async function insertReport(tx: Tx, authorityId: number, report: InspectionReport, source: ReportSource, digest: string): Promise<number> {
  const row = await tx.report.create({
    data: {
      authorityId,
      reportDate: report.reportDate,
      inspectionStart: report.inspection.start,
      inspectionEnd: report.inspection.end,
      commissioningPct: report.commissioningPct,
      inspector: report.inspector,
      region: report.region,
      regionalDirector: report.regionalDirector,
      childrenPopulation: report.context.childrenPopulation,
      lookedAfterChildren: report.context.lookedAfterChildren,
      childProtectionPlans: report.context.childProtectionPlans,
      contextText: report.context.text,
      nextStepsWorkingDays: report.nextSteps?.workingDays ?? null,
      nextStepsText: report.nextSteps?.text ?? null,
      warnings: JSON.stringify(report.warnings),
      sourceName: source.name,
      sourceSha256: digest,
      sourceText: source.text,
      providers: { create: report.providers.map((name, position) => ({ name, position })) },
      ratings: { create: report.ratings.map((r, position) => ({ position, ...r })) },
      footnotes: { create: report.footnotes.map((f) => ({ marker: f.marker, ref: f.ref, text: f.text })) },
    },
    select: { id: true },
  });
  return row.id;
}

async function insertFindings(tx: Tx, reportId: number, report: InspectionReport): Promise<void> {
  // Section ids are assigned here so that all paragraphs go in one statement;
  // the transaction holds SQLite's write lock, so nobody else can take them.
  const { _max } = await tx.section.aggregate({ _max: { id: true } });
  const firstId = (_max.id ?? 0) + 1;
  await tx.section.createMany({
    data: report.sections.map((s, position) => ({ id: firstId + position, reportId, position, number: s.number, outcome: s.outcome, title: s.title })),
  });
  let position = 0;
  await tx.paragraph.createMany({
    data: report.sections.flatMap((s, index) =>
      s.paragraphs.map((p) => ({ reportId, sectionId: firstId + index, position: position++, outcome: s.outcome, ref: p.ref, text: p.text })),
    ),
  });
}
