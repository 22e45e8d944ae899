/**
 * The Content-Security-Policy of a document: a page's own inline scripts and
 * styles named by hash, so that the same page is the same bytes for everyone
 * (no nonce) and still nothing else runs inline. Part of the document layer
 * (layer.mjs; decision 0005).
 */
import { createHash } from "node:crypto";

/** The policy of everything that is not a page (JSON, CSV, static files): nothing may run. */
export const NON_DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'";

const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The policy of one page: its own inline scripts and styles by hash, in the
 * order they appear, and 'self' for the app's chunks and stylesheets. No
 * 'strict-dynamic' (so 'self' still counts), no 'unsafe-inline', no nonce.
 */
export function documentPolicy(html) {
  const hashes = (pattern) => [
    ...new Set(
      [...html.matchAll(pattern)]
        .map((m) => m[1])
        .filter((text) => text.length > 0)
        .map(sha256),
    ),
  ];
  const sources = (list) => ["'self'", ...list].join(" ");
  return [
    "default-src 'self'",
    `script-src ${sources(hashes(INLINE_SCRIPT))}`,
    `style-src ${sources(hashes(INLINE_STYLE))}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
