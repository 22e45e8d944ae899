import type { IncomingMessage, ServerResponse } from "node:http";

export function preferredEncoding(acceptEncoding?: string): "br" | "gzip" | "identity";
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean;

export class Representation {
  constructor(init: { status: number; headers: [string, string | string[]][]; body: Buffer; html: boolean; navigation?: boolean });
  status: number;
  headers: [string, string | string[]][];
  /** Whether a cache in front may keep it to the end of the second it is sent in (X-Accel-Expires). */
  proxyMayKeep: boolean;
  /** A page for one person only: Next's own caching rules, no ETag, never kept. */
  personal: boolean;
  encoded: { identity?: Buffer; br?: Buffer | Promise<Buffer>; gzip?: Buffer | Promise<Buffer> };
  etag(encoding: "br" | "gzip" | "identity"): string;
  headersFor(encoding: "br" | "gzip" | "identity", body: Buffer | null): (string | string[])[];
  body(encoding: "br" | "gzip" | "identity"): Promise<Buffer>;
  compact(encoding?: "br" | "gzip"): Promise<Representation>;
  readonly size: number;
}

export function send(req: IncomingMessage, res: ServerResponse, representation: Representation, timing?: string): Promise<void> | void;
