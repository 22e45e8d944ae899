import type { ParamError } from "@/lib/requests/params";
import { CSV_BOM } from "@/lib/formatting/csv";

/**
 * Responses shared by the JSON API. Successful reads may be cached briefly
 * (the data changes only when reports are imported); errors are never cached.
 */
const CACHE_OK = "public, max-age=60";
const CACHE_ERROR = "no-store";

/**
 * JSON with <, > and & escaped as \u003c, \u003e and \u0026: still the same
 * JSON, but text from reports or from the query can never read as markup, even
 * to a client that sniffs.
 */
export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  const text = JSON.stringify(body).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return new Response(text, { status: init.status ?? 200, headers: { "Content-Type": "application/json", ...init.headers } });
}

export function ok(body: unknown, headers: Record<string, string> = {}): Response {
  return json(body, { headers: { "Cache-Control": CACHE_OK, ...headers } });
}

function error(status: number, message: string, details?: ParamError[]): Response {
  return json(details ? { error: message, details } : { error: message }, { status, headers: { "Cache-Control": CACHE_ERROR } });
}

/** 400: the query (or path) is not valid; `details` says which parameter and why. */
export function badRequest(details: ParamError[], message = "Invalid request parameters"): Response {
  return error(400, message, details);
}

export function notFound(message: string): Response {
  return error(404, message);
}

/** A file to save rather than show: CSV (with a byte-order mark, for Excel) or JSON with a file name. */
export function download(body: string, contentType: string, filename: string): Response {
  return new Response(contentType.startsWith("text/csv") ? CSV_BOM + body : body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": CACHE_OK,
    },
  });
}

/** The API only reads: every route answers GET, HEAD and OPTIONS. */
const ALLOW = "GET, HEAD, OPTIONS";

/** 405 with the Allow header (which Next's automatic 405 leaves out) and a JSON body like every other error. */
export function methodNotAllowed(request: Request): Response {
  return json(
    { error: `${request.method} is not allowed here: the API is read-only (${ALLOW})` },
    { status: 405, headers: { Allow: ALLOW, "Cache-Control": CACHE_ERROR } },
  );
}

export function options(): Response {
  return new Response(null, { status: 204, headers: { Allow: ALLOW } });
}
