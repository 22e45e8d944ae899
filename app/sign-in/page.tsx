import type { Metadata } from "next";
import { SignInForm } from "@/components/accounts/SignInForm";
import { safeNext } from "@/lib/accounts/sign-in";
import { firstParam } from "@/lib/requests/params";
import { signInAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <>
      <h1>Sign in</h1>
      {firstParam(params["password-set"]) === "1" && (
        <div className="notification" role="status">
          <p>Your password is set. Sign in with it.</p>
        </div>
      )}
      {firstParam(params["signed-out"]) === "1" && (
        <div className="notification" role="status">
          <p>You are signed out.</p>
        </div>
      )}
      <p className="lead">
        Board members sign in to read and keep their authority&rsquo;s action plan. The published reports need no account.
      </p>
      <SignInForm signInAction={signInAction} next={safeNext(firstParam(params.next))} />
      <p className="mt-6">Forgotten your password? Ask your board&rsquo;s administrator for a link to set a new one.</p>
    </>
  );
}
