"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { isSameOrigin } from "@/lib/accounts/origin";
import type { Person } from "@/lib/accounts/roles";
import { currentPerson } from "@/lib/accounts/session";
import { INITIAL_MARK_FORM_STATE, type MarkFormState } from "@/lib/corrections/form-state";
import { type MarkFieldError, parseMarkForm, parseWithdrawForm } from "@/lib/corrections/marks";
import { saveMark, withdrawMark } from "@/lib/corrections/save";
import { writer } from "@/lib/db";

const refused = (message: string, values: Record<string, string>): MarkFormState => ({
  ...INITIAL_MARK_FORM_STATE,
  outcome: "refused",
  errors: [{ param: "", message }],
  values,
});

const CONFLICT = "Someone else changed this mark while you were editing it. Nothing was saved: reload the page to see theirs.";

/** What a write of a paragraph's mark answers, in the form's terms. */
type Written = { kind: "saved" | "unchanged" | "withdrawn"; version: number } | { kind: "conflict" | "nothing" | "refused" };

/**
 * The checks every write of a paragraph's mark makes before it is tried:
 * from this site's own pages only, signed in, the form read with its schema;
 * then the write itself decides whether the person may make it (admins only).
 * The paragraph is the one the form names; who may change it is decided by
 * the session, never by the page the form came from.
 */
async function writeFromForm<T>(
  form: FormData,
  parse: (values: Record<string, string>) => { ok: true; value: T } | { ok: false; errors: MarkFieldError[] },
  write: (person: Person, input: T) => Promise<Written>,
  words: { refused: string; nothing?: string },
): Promise<MarkFormState> {
  const values = Object.fromEntries(
    [...form.entries()].filter(([name, v]) => typeof v === "string" && !name.startsWith("$")).map(([n, v]) => [n, String(v)]),
  );
  if (!isSameOrigin(await headers())) return refused("This form can only be sent from this site’s own pages. Nothing was saved.", values);
  const person = await currentPerson();
  if (!person) return refused("You are signed out: sign in again. Nothing was saved.", values);
  const parsed = parse(values);
  if (!parsed.ok) return { ...INITIAL_MARK_FORM_STATE, outcome: "invalid", errors: parsed.errors, values };
  const result = await write(person, parsed.value);
  if ("version" in result) {
    revalidatePath("/admin/marks/[id]", "page");
    return { ...INITIAL_MARK_FORM_STATE, outcome: result.kind, version: result.version };
  }
  if (result.kind === "conflict")
    return { ...INITIAL_MARK_FORM_STATE, outcome: "conflict", errors: [{ param: "", message: CONFLICT }], values };
  return refused(result.kind === "nothing" ? (words.nothing ?? words.refused) : words.refused, values);
}

/** Saves a paragraph's mark: admins only, from this site's own pages only. */
export async function saveMarkForm(_previous: MarkFormState, form: FormData): Promise<MarkFormState> {
  return writeFromForm(form, parseMarkForm, (person, input) => saveMark(writer(), person, input), {
    refused: "Only an admin can change a paragraph’s mark. Nothing was saved.",
  });
}

/** Withdraws a paragraph's reviewer's mark, so the rules' mark is shown again: the same checks as saving one. */
export async function withdrawMarkForm(_previous: MarkFormState, form: FormData): Promise<MarkFormState> {
  return writeFromForm(form, parseWithdrawForm, (person, input) => withdrawMark(writer(), person, input), {
    refused: "Only an admin can withdraw a paragraph’s mark. Nothing was saved.",
    nothing: "The paragraph has no reviewer’s mark to withdraw. Nothing was saved.",
  });
}
