/**
 * Which requests the document layer keeps, and how it tells Next's router
 * requests apart. The routes come from app/ itself: every page and API route
 * is kept, since each is a function of its URL and the data alone, except
 * those declared in NOT_KEPT below with the reason. A new page is kept
 * without anyone editing this file; one that is not the same for everyone
 * must be added to NOT_KEPT. Part of the document layer (layer.mjs).
 */
import fs from "node:fs";
import path from "node:path";

/** Routes whose GET answer is not a function of the URL and the data alone, with the reason. */
export const NOT_KEPT = {
  "/import": "per person: saving is for a signed-in admin",
  "/api/health": "a live status check",
  "/api/[...path]": "the API's 404 for unknown paths",
  "/actions": "per person (accounts: private, no-store)",
  "/sign-in": "per person",
  "/set-password": "per person",
  "/admin/people": "per person",
  "/admin/marks": "per person (admins' reviewing of paragraph marks)",
  "/admin/marks/[id]": "per person",
  "/admin/marks/download": "per person",
  "/authorities/[slug]/actions": "per person",
  "/authorities/[slug]/actions/download": "per person",
};

/**
 * Pages for one signed-in person (accounts, action plans, the import form):
 * sent with Next's own `private, no-store`, no ETag, never kept, and never
 * offered to a cache in front. Chosen by path: Next marks every dynamic page
 * no-store, so its header cannot tell them apart.
 */
const PERSONAL_PATH = /^\/(?:sign-in|set-password|actions|admin|import)(?:\/|$)|^\/authorities\/[^/]+\/actions(?:\/|$)/;

export function isPersonal(pathname) {
  return PERSONAL_PATH.test(pathname);
}

/** The app directory next to lib/, where scripts/server.mjs runs Next from. */
export const APP_DIR = path.join(import.meta.dirname, "..", "..", "app");

/**
 * Every route of the App Router under `appDir`, as written in its folders:
 * "/", "/themes/[id]", "/api/themes". Route groups `(name)` add nothing to the
 * path; private folders `_name` are not routes.
 */
export function appRoutes(appDir = APP_DIR) {
  return /** @type {string[]} */ (fs.readdirSync(appDir, { recursive: true }))
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => /(^|\/)(page\.(tsx|ts|jsx|js)|route\.(ts|js))$/.test(file))
    .map((file) => file.split("/").slice(0, -1))
    .filter((folders) => !folders.some((folder) => folder.startsWith("_")))
    .map((folders) => `/${folders.filter((folder) => !/^\(.*\)$/.test(folder)).join("/")}`)
    .sort();
}

/** A route's pattern: a dynamic segment `[x]` stands for one segment, `[...x]` for one or more. */
function routePattern(route) {
  const segments = route
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      if (/^\[\.\.\..+\]$/.test(segment)) return "[^/]+(?:/[^/]+)*";
      if (/^\[.+\]$/.test(segment)) return "[^/]+";
      return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    });
  return `/${segments.join("/")}`;
}

/** Whether a path is one of these routes' (the kept ones), as one regular expression. */
export function cacheableMatcher(routes) {
  const kept = routes.filter((route) => !(route in NOT_KEPT));
  return new RegExp(`^(?:${kept.map(routePattern).join("|")})$`);
}

/** Whether a GET of this path and query is kept: a cacheable route, not a download, a sensible key. */
export function isCacheable(pathname, search, matcher = cacheableMatcher(appRoutes())) {
  return matcher.test(pathname) && pathname.length + search.length <= 1000 && !/[?&]format=/.test(search);
}

/** Requests for Next's client-side navigation (RSC payloads) and server actions. */
export function isNextNavigation(headers, search) {
  return (
    headers.rsc !== undefined ||
    headers["next-action"] !== undefined ||
    headers["next-router-prefetch"] !== undefined ||
    /[?&]_rsc=/.test(search)
  );
}

/**
 * The request headers an RSC payload varies by (Next's own Vary on these
 * responses). Next also folds them into the `_rsc` search parameter so that
 * caches keyed by URL tell the variants apart; they are part of the key here
 * as well, so that a client sending other headers with a copied `_rsc` is
 * rendered for, never served another variant.
 */
export const ROUTER_HEADERS = ["next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];

/**
 * A navigation or prefetch request of Next's router (GET with `RSC: 1`, not a
 * server action): its payload is as much a function of the URL, these headers
 * and the data as the page is, and a page view sets off several (each link in
 * view is prefetched), so they are kept like pages.
 */
export function navigationKey(method, headers, target) {
  if (method !== "GET" || headers.rsc !== "1" || headers["next-action"] !== undefined) return null;
  return [target, ...ROUTER_HEADERS.map((name) => String(headers[name] ?? ""))].join("\n");
}
