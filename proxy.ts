import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy } from "@/lib/security/headers";

/**
 * Gives every page request a fresh CSP nonce. Next reads the policy from the
 * request headers and puts the nonce on the scripts it writes; the same policy
 * goes out on the response. Static files are left out (next.config.js gives
 * them fixed headers).
 */
export function proxy(request: NextRequest) {
  // A path that is not valid percent-encoded UTF-8 names nothing here; refuse
  // it before routing, which would otherwise fail decoding it.
  if (!decodesCleanly(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: the address is not valid.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" },
    });
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function decodesCleanly(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
