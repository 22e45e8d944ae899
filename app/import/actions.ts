"use server";

import { writer } from "@/lib/db";
import type { ImportState } from "@/lib/import/form-state";
import { type ImportInput, previewImport, saveImport } from "@/lib/import/import-workflow";

/** The form's fields as the import workflow takes them: a file, or text, and at the save step the name and token. */
function importInput(form: FormData): ImportInput {
  const text = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : null;
  };
  const file = form.get("file");
  return { file: file instanceof File ? file : null, text: text("text"), name: text("name"), token: text("token") };
}

/** The import form's one action: `intent` says whether to preview or to save (lib/import/import-workflow.ts does either). */
export async function importAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  const input = importInput(form);
  return form.get("intent") === "save" ? saveImport(writer(), input) : previewImport(input);
}
