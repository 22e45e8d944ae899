/**
 * Whether a state-changing request comes from this site's own pages. Browsers
 * send Origin with every POST; a request whose Origin names another host, or
 * that sends none, or that the browser marks cross-site, is refused. Only the
 * host is compared: behind nginx the scheme the app sees is http while the
 * browser's is https (deploy/nginx.conf passes Host through).
 */
export function isSameOrigin(headers: { get(name: string): string | null }): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!origin || !host || origin === "null") return false;
  if (headers.get("sec-fetch-site") === "cross-site") return false;
  if (!URL.canParse(origin)) return false;
  const own = host.split(",")[0].trim().toLowerCase();
  const from = new URL(origin);
  // nginx's $host carries no port: then the names alone are compared.
  return (/:\d+$/.test(own) ? from.host : from.hostname).toLowerCase() === own;
}
