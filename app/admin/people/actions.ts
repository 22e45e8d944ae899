"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { PeopleFormState } from "@/lib/accounts/admin-form";
import { isSameOrigin } from "@/lib/accounts/origin";
import { addPerson, disablePerson, PeopleError, resetPassword, setPasswordLink } from "@/lib/accounts/people";
import { isAdmin, ROLES } from "@/lib/accounts/roles";
import { currentPerson } from "@/lib/accounts/session";
import { writer } from "@/lib/db";

const personForm = z.object({
  intent: z.enum(["add", "disable", "reset"]),
  email: z.string().trim().min(1, "Enter an email address").max(320),
  name: z.string().trim().max(200).default(""),
  role: z.enum(ROLES, { message: "Select a role" }).optional(),
  authorities: z.string().max(2000).default(""),
});

/** The site's own address, for set-password links (as the browser sees it, through nginx). */
async function appUrl(): Promise<string> {
  const h = await headers();
  const proto = h.get("x-forwarded-proto")?.split(",")[0].trim() === "https" ? "https" : "http";
  return process.env.APP_URL?.trim() || `${proto}://${h.get("x-forwarded-host") ?? h.get("host")}`;
}

/** Adds, disables or resets a person: admins only, from this site's pages only. */
export async function peopleAction(_previous: PeopleFormState, form: FormData): Promise<PeopleFormState> {
  if (!isSameOrigin(await headers())) return { errors: [{ param: "", message: "This form can only be sent from this site’s own pages" }] };
  if (!isAdmin(await currentPerson())) return { errors: [{ param: "", message: "Only an admin can manage people. Nothing was changed." }] };
  const text = (name: string) => (typeof form.get(name) === "string" ? String(form.get(name)) : undefined);
  const parsed = personForm.safeParse({
    intent: text("intent"),
    email: text("email"),
    name: text("name"),
    role: text("role") || undefined,
    authorities: text("authorities"),
  });
  if (!parsed.success) return { errors: parsed.error.issues.map((i) => ({ param: String(i.path[0]), message: i.message })) };
  const { intent, email, name, role, authorities } = parsed.data;
  try {
    if (intent === "disable") {
      await disablePerson(writer(), email);
      revalidatePath("/admin/people");
      return { errors: [], done: `${email} is disabled and signed out everywhere.` };
    }
    if (intent === "reset") await resetPassword(writer(), email);
    else {
      if (!role) return { errors: [{ param: "role", message: "Select a role" }] };
      const slugs = authorities.split(/[\s,]+/).filter(Boolean);
      await addPerson(writer(), { email, name, role, authorities: slugs });
    }
    revalidatePath("/admin/people");
    return {
      errors: [],
      done: intent === "reset" ? `${email}’s password is removed and their sessions ended.` : `${email} is added.`,
      link: await setPasswordLink(email, await appUrl()),
    };
  } catch (error) {
    if (!(error instanceof PeopleError)) throw error;
    return { errors: [{ param: intent === "add" ? "email" : "", message: error.message }] };
  }
}
