"use server";

import { headers } from "next/headers";
import { isSameOrigin } from "@/lib/accounts/origin";
import { isAdmin } from "@/lib/accounts/roles";
import { currentPerson } from "@/lib/accounts/session";
import { writer } from "@/lib/db";
import type { ImportState } from "@/lib/import/form-state";
import { type ImportInput, previewImport, saveImport } from "@/lib/import/import-workflow";

/** Why the person sending the form may not save a report, or null: only a signed-in admin, from this site's own pages. */
async function saveRefusal(): Promise<string | null> {
  if (!isSameOrigin(await headers())) return "This form can only be sent from this site’s own pages";
  if (!isAdmin(await currentPerson())) return "Only an admin can save reports: sign in as an admin";
  return null;
}

/** The form's fields as the import workflow takes them: a file, or text, and at the save step the name. */
function importInput(form: FormData): Omit<ImportInput, "refusal"> {
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : null;
  };
  const file = form.get("file");
  return { file: file instanceof File ? file : null, text: text("text"), name: text("name") };
}

/** The import form's one action: `intent` says whether to preview or to save (lib/import/import-workflow.ts does either). */
export async function importAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  const input = importInput(form);
  if (form.get("intent") !== "save") return previewImport({ ...input, refusal: null });
  return saveImport(writer(), { ...input, refusal: await saveRefusal() });
}
