import type { Metadata } from "next";
import { SetPasswordForm } from "@/components/accounts/SetPasswordForm";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/auth";
import { firstParam } from "@/lib/requests/params";
import { setPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Set your password", robots: { index: false }, referrer: "no-referrer" };

export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = firstParam((await searchParams).token) ?? "";
  return (
    <>
      <h1>Set your password</h1>
      <p className="lead">This link works once. Setting a password signs you out everywhere else.</p>
      <SetPasswordForm setPasswordAction={setPasswordAction} token={token.slice(0, 200)} minLength={MIN_PASSWORD_LENGTH} />
    </>
  );
}
