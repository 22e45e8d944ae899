import type { IncomingMessage, ServerResponse } from "node:http";

export const NON_DOCUMENT_POLICY: string;
export function documentPolicy(html: string): string;
export function databaseFile(env?: NodeJS.ProcessEnv): string;
export function dataVersion(file: string): string;
export function isNextNavigation(headers: IncomingMessage["headers"], search: string): boolean;
export function navigationKey(method: string, headers: IncomingMessage["headers"], target: string): string | null;
export function isCacheable(pathname: string, search: string): boolean;
export function isPersonal(pathname: string): boolean;
export function preferredEncoding(acceptEncoding?: string): "br" | "gzip" | "identity";
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean;

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export class Representation {
  constructor(init: { status: number; headers: [string, string | string[]][]; body: Buffer; html: boolean; navigation?: boolean });
  status: number;
  /** A page for one person only: Next's own caching rules, no ETag, never kept. */
  personal: boolean;
  headers: [string, string | string[]][];
  encoded: { identity?: Buffer; br?: Buffer | Promise<Buffer>; gzip?: Buffer | Promise<Buffer> };
  etag(encoding: "br" | "gzip" | "identity"): string;
  body(encoding: "br" | "gzip" | "identity"): Promise<Buffer>;
  compact(encoding?: "br" | "gzip"): Promise<Representation>;
  readonly size: number;
}

export function send(req: IncomingMessage, res: ServerResponse, representation: Representation): Promise<void>;
export function capture(
  req: IncomingMessage,
  res: ServerResponse,
  handle: Handler,
  keep: (status: number, headers: ReturnType<ServerResponse["getHeaders"]>) => boolean,
): Promise<{ status: number; headers: [string, string | string[]][]; body: Buffer } | null>;
export function documentLayer(handle: Handler, options?: { databaseFile?: string; maxBytes?: number }): Handler;
