/**
 * Whether a state-changing request comes from this site's own pages. Browsers
 * send Origin with every POST; a request whose Origin names another host, or
 * that sends none, or that the browser marks cross-site, is not. Only the
 * host is compared: behind nginx the scheme the app sees is http while the
 * browser's is https (deploy/nginx.conf passes Host through).
 *
 * Plain JavaScript, so that the production server (scripts/server.mjs) can
 * refuse a cross-site write before Next sees it, with the same rule the app's
 * forms apply (lib/accounts/origin.ts).
 */
export function isSameOrigin(headers) {
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

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether the server should refuse a request outright as a cross-site write:
 * one that may change something and says it comes from another site (an
 * Origin naming another host, or the browser's cross-site mark). One with no
 * Origin at all goes on to the form, which refuses it in its own words.
 */
export function isCrossSiteWrite(method, headers) {
  if (SAFE_METHODS.has(method)) return false;
  if (headers.get("origin") === null && headers.get("sec-fetch-site") !== "cross-site") return false;
  return !isSameOrigin(headers);
}
