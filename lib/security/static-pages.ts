import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { hashedContentSecurityPolicy } from "./headers";

/**
 * Pages Next prerenders at build time (they read no data). Their HTML is the
 * same for every visitor, so it cannot carry a per-request nonce; their policy
 * allows their inline scripts by hash instead, read from the build output.
 */
export const STATIC_PAGES: ReadonlySet<string> = new Set(["/about"]);

const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

const sha256 = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

/** CSP hash sources of a page's inline scripts and styles, in the order they appear, without repeats. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const hashes = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]).filter((text) => text.length > 0).map(sha256))];
  return { scripts: hashes(INLINE_SCRIPT), styles: hashes(INLINE_STYLE) };
}

/** Where `next build` writes a prerendered page's HTML. */
export function prerenderedHtmlFile(distDir: string, pathname: string): string {
  return path.join(distDir, "server", "app", `${pathname === "/" ? "/index" : pathname}.html`);
}

const policies = new Map<string, string | null>();

/**
 * The policy for a prerendered page of this build, or null when the build has
 * no HTML for it (then it is treated like any other page). Read once per
 * process: the build does not change under a running server.
 */
export function staticPagePolicy(pathname: string, distDir = path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || ".next")): string | null {
  if (!STATIC_PAGES.has(pathname)) return null;
  const file = prerenderedHtmlFile(distDir, pathname);
  let policy = policies.get(file);
  if (policy === undefined) {
    try {
      policy = hashedContentSecurityPolicy(inlineHashes(fs.readFileSync(file, "utf8")));
    } catch {
      console.warn(`static pages: no prerendered HTML for ${pathname} in ${distDir}; it gets a nonce like any other page`);
      policy = null;
    }
    policies.set(file, policy);
  }
  return policy;
}
