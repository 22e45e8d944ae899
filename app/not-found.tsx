import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

export const metadata: Metadata = {
  title: "Page not found",
};

export default async function NotFound() {
  // Rendered per request, not prerendered: a prerendered page could not carry
  // the request's CSP nonce, and the browser would block its scripts.
  await connection();
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        You can <Link href="/">browse the list of local authorities</Link> to find an inspection report.
      </p>
    </>
  );
}
