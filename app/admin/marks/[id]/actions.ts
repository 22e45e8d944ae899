"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { isSameOrigin } from "@/lib/accounts/origin";
import { currentPerson } from "@/lib/accounts/session";
import { INITIAL_MARK_FORM_STATE, type MarkFormState } from "@/lib/corrections/form-state";
import { parseMarkForm } from "@/lib/corrections/marks";
import { saveMark } from "@/lib/corrections/save";
import { writer } from "@/lib/db";

const refused = (message: string, values: Record<string, string>): MarkFormState => ({
  ...INITIAL_MARK_FORM_STATE,
  outcome: "refused",
  errors: [{ param: "", message }],
  values,
});

/**
 * Saves a paragraph's mark: admins only, from this site's own pages only.
 * The paragraph is the one the form names; who may change it is decided by
 * the session, never by the page the form came from.
 */
export async function saveMarkForm(_previous: MarkFormState, form: FormData): Promise<MarkFormState> {
  const values = Object.fromEntries(
    [...form.entries()].filter(([name, v]) => typeof v === "string" && !name.startsWith("$")).map(([n, v]) => [n, String(v)]),
  );
  if (!isSameOrigin(await headers())) return refused("This form can only be sent from this site’s own pages. Nothing was saved.", values);
  const person = await currentPerson();
  if (!person) return refused("You are signed out: sign in again. Nothing was saved.", values);
  const parsed = parseMarkForm(values);
  if (!parsed.ok) return { ...INITIAL_MARK_FORM_STATE, outcome: "invalid", errors: parsed.errors, values };
  const result = await saveMark(writer(), person, parsed.value);
  if (result.kind === "refused") return refused("Only an admin can change a paragraph’s mark. Nothing was saved.", values);
  if (result.kind === "conflict")
    return {
      ...INITIAL_MARK_FORM_STATE,
      outcome: "conflict",
      errors: [
        {
          param: "",
          message: "Someone else changed this mark while you were editing it. Nothing was saved: reload the page to see theirs.",
        },
      ],
      values,
    };
  revalidatePath("/admin/marks/[id]", "page");
  return { ...INITIAL_MARK_FORM_STATE, outcome: result.kind };
}
