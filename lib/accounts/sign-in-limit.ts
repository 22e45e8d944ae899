import Database from "better-sqlite3";
import { RateLimiterSQLite } from "rate-limiter-flexible";
import { BUSY_TIMEOUT_MS } from "../db";
import { databaseFile } from "../database-file";

/** Failed sign-ins on one account within the window before it is refused, and for how long. */
const ACCOUNT_ATTEMPTS = 5;
/** Failed sign-ins from one address within the window before it is refused. */
const ADDRESS_ATTEMPTS = 30;
const WINDOW_SECONDS = 15 * 60;

/** The limiters' counts live in the database (table sign_in_limit, migration 0005), so every app process sees them. */
function limiters() {
  const sqlite = new Database(databaseFile(), { timeout: BUSY_TIMEOUT_MS });
  const options = {
    storeClient: sqlite,
    storeType: "better-sqlite3" as const,
    tableName: "sign_in_limit",
    tableCreated: true,
    duration: WINDOW_SECONDS,
  };
  return {
    account: new RateLimiterSQLite({ ...options, keyPrefix: "account", points: ACCOUNT_ATTEMPTS }),
    address: new RateLimiterSQLite({ ...options, keyPrefix: "address", points: ADDRESS_ATTEMPTS }),
  };
}

const globalForLimits = globalThis as unknown as { __signInLimits?: ReturnType<typeof limiters> };
const kept = () => (globalForLimits.__signInLimits ??= limiters());

export interface SignInKeys {
  email: string;
  address: string;
}

/** When sign-in is refused for these keys, the time it opens again; else null. */
export async function refusedUntil(keys: SignInKeys, now = Date.now()): Promise<Date | null> {
  const { account, address } = kept();
  const [byAccount, byAddress] = await Promise.all([account.get(keys.email.toLowerCase()), address.get(keys.address)]);
  const blocked = [
    byAccount && byAccount.consumedPoints >= ACCOUNT_ATTEMPTS ? byAccount.msBeforeNext : 0,
    byAddress && byAddress.consumedPoints >= ADDRESS_ATTEMPTS ? byAddress.msBeforeNext : 0,
  ];
  const wait = Math.max(...blocked);
  return wait > 0 ? new Date(now + wait) : null;
}

/** Counts a failed sign-in; the one that reaches a limit starts a full window of refusal from now. */
export async function recordFailure(keys: SignInKeys): Promise<void> {
  const { account, address } = kept();
  const count = async (limiter: RateLimiterSQLite, key: string, limit: number) => {
    const result = await limiter.penalty(key, 1);
    if (result.consumedPoints >= limit) await limiter.block(key, WINDOW_SECONDS);
  };
  await Promise.all([count(account, keys.email.toLowerCase(), ACCOUNT_ATTEMPTS), count(address, keys.address, ADDRESS_ATTEMPTS)]);
}

/** A good sign-in clears its account's failures (not its address's). */
export async function recordSuccess(keys: SignInKeys): Promise<void> {
  await kept().account.delete(keys.email.toLowerCase());
}

/**
 * The client's address: the last X-Forwarded-For entry, the one nginx added
 * (deploy/nginx.conf); earlier entries are the client's own say.
 */
export function clientAddress(forwardedFor: string | null): string {
  const last = forwardedFor?.split(",").pop()?.trim();
  return last || "unknown";
}
