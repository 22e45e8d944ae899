import { createHash, timingSafeEqual } from "node:crypto";

/** The admin token that switches importing on, from IMPORT_TOKEN; null when importing is off. */
export function configuredImportToken(env: Record<string, string | undefined> = process.env): string | null {
  const token = env.IMPORT_TOKEN?.trim();
  return token ? token : null;
}

/**
 * Compares a submitted token with the configured one in constant time: both
 * are hashed first so that neither their contents nor their lengths leak
 * through timing.
 */
export function tokenMatches(submitted: string, configured: string): boolean {
  const a = createHash("sha256").update(submitted, "utf8").digest();
  const b = createHash("sha256").update(configured, "utf8").digest();
  return timingSafeEqual(a, b);
}
