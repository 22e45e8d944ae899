/**
 * The site's address as its visitors see it, for links in downloads that
 * must work outside the site (a CSV opened in Excel): behind nginx the
 * request reaches Node on http://127.0.0.1, so the Host and X-Forwarded-Proto
 * headers nginx sets (deploy/nginx.conf) say where it really came from.
 */
const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;

export function publicOrigin(headers: Headers, requestUrl: string): string {
  const url = new URL(requestUrl);
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? url.host;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0].trim();
  // A forged header must not put another site's address in a download.
  const safeHost = HOST.test(host) ? host : url.host;
  const scheme = proto === "https" || proto === "http" ? proto : url.protocol.replace(/:$/, "");
  return `${scheme}://${safeHost}`;
}
