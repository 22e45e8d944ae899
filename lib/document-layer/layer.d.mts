import type { IncomingMessage, ServerResponse } from "node:http";

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function documentLayer(
  handle: Handler,
  options?: { databaseFile?: string; maxBytes?: number; appDir?: string; recheckMs?: number },
): Handler;
