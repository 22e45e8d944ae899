import type { IncomingMessage, ServerResponse } from "node:http";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function capture(
  req: IncomingMessage,
  res: ServerResponse,
  handle: Handler,
  keep: (status: number, headers: ReturnType<ServerResponse["getHeaders"]>) => boolean,
): Promise<{ status: number; headers: [string, string | string[]][]; body: Buffer } | null>;
