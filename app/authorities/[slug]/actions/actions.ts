"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { isSameOrigin } from "@/lib/accounts/origin";
import { currentPerson } from "@/lib/accounts/session";
import { parseActionForm } from "@/lib/actions/form";
import { INITIAL_ACTION_FORM_STATE, todayInEngland, type ActionFormState } from "@/lib/actions/form-state";
import { saveAction } from "@/lib/actions/save";
import { writer } from "@/lib/db";

const refused = (message: string, values: Record<string, string>): ActionFormState => ({
  ...INITIAL_ACTION_FORM_STATE,
  outcome: "refused",
  errors: [{ param: "", message }],
  values,
});

/**
 * Saves one action's form. Who may change it is decided from the
 * recommendation the form names (its authority), never from the page's URL,
 * so a changed id in the form is refused like any other.
 */
export async function saveActionForm(_previous: ActionFormState, form: FormData): Promise<ActionFormState> {
  const values = Object.fromEntries(
    [...form.entries()].filter(([name, v]) => typeof v === "string" && !name.startsWith("$")).map(([n, v]) => [n, String(v)]),
  );
  if (!isSameOrigin(await headers())) return refused("This form can only be sent from this site’s own pages. Nothing was saved.", values);
  const person = await currentPerson();
  if (!person) return refused("You are signed out: sign in again. Nothing was saved.", values);
  const parsed = parseActionForm(values);
  if (!parsed.ok) return { ...INITIAL_ACTION_FORM_STATE, outcome: "invalid", errors: parsed.errors, values };
  const result = await saveAction(writer(), person, parsed.value, todayInEngland());
  if (result.kind === "refused") return refused("You cannot change this action. Nothing was saved.", values);
  if (result.kind === "conflict")
    return {
      ...INITIAL_ACTION_FORM_STATE,
      outcome: "conflict",
      errors: [
        {
          param: "",
          message:
            "Someone else saved this action while you were editing it. Your changes were not saved: check theirs below, then make yours again.",
        },
      ],
      values,
      otherChanges: result.changes,
    };
  revalidatePath("/authorities/[slug]/actions", "page");
  return { ...INITIAL_ACTION_FORM_STATE, outcome: result.kind === "saved" ? "saved" : "unchanged" };
}
