"use server";

import { headers } from "next/headers";
import { isSameOrigin } from "@/lib/accounts/origin";
import { isAdmin } from "@/lib/accounts/roles";
import { currentPerson } from "@/lib/accounts/session";
import { writer } from "@/lib/db";
import { contentDigest, saveReport } from "@/lib/import/save-report";
import { MAX_UPLOAD_BYTES, readUpload, safeName } from "@/lib/import/upload";
import { findStoredReport } from "@/lib/queries/reports";
import { parseReport, ReportParseError } from "@/lib/report/parse-report";
import { parseFailure } from "@/lib/report/read-file";
import { slugify } from "@/lib/report/slug";
import type { InspectionReport } from "@/lib/report/types";
import type { ImportState } from "@/lib/import/form-state";

function formFile(value: FormDataEntryValue | null): File | null {
  return value instanceof File ? value : null;
}

function formText(value: FormDataEntryValue | null): string | null {
  return typeof value === "string" ? value : null;
}

/** Parses an upload or pasted text and shows what would be stored; writes nothing. */
async function preview(form: FormData): Promise<ImportState> {
  const upload = await readUpload(formFile(form.get("file")), formText(form.get("text")));
  if (!upload.ok) return { step: "start", errors: [upload.error] };
  return previewText(upload.name, upload.text, [], upload.pdf);
}

/** The parsed report, or the start step with the parse error in words. */
function parseOrExplain(name: string, text: string, pdf = false): { report: InspectionReport } | { failed: ImportState } {
  try {
    return { report: parseReport(text) };
  } catch (error) {
    if (error instanceof ReportParseError)
      return { failed: { step: "start", errors: [`${name} could not be read: ${parseFailure(error, pdf)}`] } };
    throw error;
  }
}

async function previewText(name: string, text: string, errors: string[], pdf = false): Promise<ImportState> {
  const parsed = parseOrExplain(name, text, pdf);
  if ("failed" in parsed) return parsed.failed;
  const { report } = parsed;
  const slug = slugify(report.authority);
  const stored = await findStoredReport(slug, report.reportDate);
  const effect = !stored ? "new" : stored.sourceSha256 === contentDigest(text) ? "unchanged" : "replace";
  return { step: "preview", errors, name, text, report, slug, effect };
}

/** Saves the previewed text, for a signed-in admin only (the import command on the server needs no account). */
async function save(form: FormData): Promise<ImportState> {
  const text = formText(form.get("text")) ?? "";
  const name = safeName(formText(form.get("name")) ?? "pasted text");
  if (text.trim() === "" || Buffer.byteLength(text, "utf8") > MAX_UPLOAD_BYTES) {
    return { step: "start", errors: ["Choose a report file or paste its text"] };
  }
  if (!isSameOrigin(await headers())) return previewText(name, text, ["This form can only be sent from this site’s own pages"]);
  if (!isAdmin(await currentPerson())) return previewText(name, text, ["Only an admin can save reports: sign in as an admin"]);

  const parsed = parseOrExplain(name, text);
  if ("failed" in parsed) return parsed.failed;
  const result = await saveReport(writer(), parsed.report, { name, text });
  return {
    step: "saved",
    slug: result.slug,
    authority: result.authority,
    reportDate: result.reportDate,
    outcome: result.outcome,
    sections: result.sections,
    paragraphs: result.paragraphs,
    recommendations: result.recommendations,
    warnings: result.warnings,
  };
}

/** The import form's one action: `intent` says whether to preview or to save. */
export async function importAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  return form.get("intent") === "save" ? save(form) : preview(form);
}
