/** Raw HTTP for the specs about what pages say of themselves: headers and bodies as sent. */
import { createHash } from "node:crypto";
import http from "node:http";
import zlib from "node:zlib";
import { expect } from "./fixtures";

export const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";
export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET read as it arrives: the headers and the body as sent, nothing decoded. */
export function rawGet(baseURL: string, path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(path, baseURL), { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

export const decode = (answer: RawAnswer) =>
  (answer.headers["content-encoding"] === "br"
    ? zlib.brotliDecompressSync(answer.body)
    : answer.headers["content-encoding"] === "gzip"
      ? zlib.gunzipSync(answer.body)
      : answer.body
  ).toString("utf8");

/** Every inline script's hash must be in the policy, and nothing looser. */
export function expectHashPolicy(html: string, policy: string) {
  const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter(Boolean);
  expect(inline.length).toBeGreaterThan(0);
  for (const script of inline) expect(policy).toContain(`'sha256-${createHash("sha256").update(script).digest("base64")}'`);
  expect(policy).toMatch(/script-src 'self' 'sha256-/);
  expect(policy).not.toMatch(/unsafe-inline|nonce-|strict-dynamic/);
  expect(html).not.toMatch(/\snonce="/);
}

const ENTITIES: Record<string, string> = { "&quot;": '"', "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" };
const unescapeHtml = (value: string) => value.replace(/&(?:quot|#x27|#39|lt|gt|amp);/g, (entity) => ENTITIES[entity]);
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Each form of a page as the server rendered it: its fields by name with the values they start with
 * (Next's action fields included; a select's chosen option; no file or submit fields), in page order.
 * To post a form as a browser without JavaScript would, from this site or from another.
 */
export function renderedForms(html: string): Record<string, string>[] {
  return [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].map(([, body]) => {
    const fields: Record<string, string> = {};
    // Each attribute on its own: React writes them in any order.
    for (const [tag] of body.matchAll(/<input\b[^>]*>/g)) {
      const name = attribute(tag, "name");
      if (name && !/\stype="(?:submit|file|checkbox|radio)"/.test(tag))
        fields[unescapeHtml(name)] = unescapeHtml(attribute(tag, "value") ?? "");
    }
    for (const [, tag, text] of body.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g))
      fields[attribute(tag, "name")!] = unescapeHtml(text);
    for (const [, tag, options] of body.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
      const chosen = /<option\b[^>]*\sselected=""[^>]*>/.exec(options)?.[0] ?? /<option\b[^>]*>/.exec(options)?.[0] ?? "";
      fields[attribute(tag, "name")!] = unescapeHtml(attribute(chosen, "value") ?? "");
    }
    return fields;
  });
}
