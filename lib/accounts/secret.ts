import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseFile } from "../database-file";

/**
 * The key better-auth signs session cookies with: BETTER_AUTH_SECRET, or else
 * a random key kept in a file beside the database (made once, readable by its
 * owner only), so that every process of one installation shares it and
 * restarts do not sign everybody out. Losing it signs everybody out, nothing worse.
 */
export function authSecret(env: Record<string, string | undefined> = process.env): string {
  const given = env.BETTER_AUTH_SECRET?.trim();
  if (given) return given;
  const database = databaseFile();
  const file = database === ":memory:" ? path.resolve("data/auth-secret") : `${path.dirname(database)}/auth-secret`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // "wx": when two processes start together, one writes and both read the same key.
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return fs.readFileSync(file, "utf8").trim();
}
