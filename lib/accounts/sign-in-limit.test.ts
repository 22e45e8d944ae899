import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { databaseFile } from "../database-file";
import { removeDatabaseFiles } from "../testing/seeded-db";
import { applyMigrations } from "../testing/test-db";
import { clientAddress, recordFailure, recordSuccess, refusedUntil } from "./sign-in-limit";

/**
 * The sign-in limits (issue #25) on the migrated table they share across processes: 5 failures on an
 * account, or 30 from one address, within 15 minutes refuse further attempts for 15 minutes.
 * The clock is Date's, faked, so that the window can pass.
 */
const MINUTE = 60_000;
const START = new Date("2026-03-02T09:00:00Z").getTime();
let clock = START;
let prefix = 0;

beforeAll(() => applyMigrations(databaseFile()));
afterAll(() => removeDatabaseFiles(databaseFile()));
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  // Each test on an hour of its own, so that no window of one reaches into the next.
  clock = START + prefix++ * 60 * MINUTE;
  vi.setSystemTime(clock);
});
afterEach(() => vi.useRealTimers());

const tick = (minutes: number) => vi.setSystemTime((clock += minutes * MINUTE));
/** `count` failures from one address, each on an account of its own (so that no account's limit is reached). */
async function failFrom(address: string, count: number, tag: string) {
  for (let i = 0; i < count; i++) await recordFailure({ email: `${tag}-${i}@example.org`, address });
}
const fresh = (address: string) => refusedUntil({ email: `someone-new-${clock}@example.org`, address });

describe("the per-address sign-in limit", () => {
  it("refuses an address after 30 failures within 15 minutes, for 15 minutes, whatever the account", async () => {
    await failFrom("203.0.113.1", 29, "a");
    expect(await fresh("203.0.113.1")).toBeNull();
    tick(5);
    await recordFailure({ email: "a-30@example.org", address: "203.0.113.1" });
    const until = await fresh("203.0.113.1");
    expect(until?.getTime()).toBe(clock + 15 * MINUTE);
    // Another address is not refused; a good sign-in does not clear the address's count.
    expect(await fresh("198.51.100.1")).toBeNull();
    await recordSuccess({ email: "a-0@example.org", address: "203.0.113.1" });
    tick(14);
    expect((await fresh("203.0.113.1"))?.getTime()).toBe(until!.getTime());
    tick(1);
    expect(await fresh("203.0.113.1")).toBeNull();
  });

  it("counts only the failures within the window: 29, then more after 15 minutes, are not refused", async () => {
    await failFrom("203.0.113.2", 29, "b");
    tick(15);
    await failFrom("203.0.113.2", 29, "c");
    expect(await fresh("203.0.113.2")).toBeNull();
  });

  it("takes the address nginx added: a client's own X-Forwarded-For entries do not escape the limit", async () => {
    for (let i = 0; i < 30; i++) await recordFailure({ email: `d-${i}@example.org`, address: clientAddress(`10.9.9.${i}, 203.0.113.3`) });
    expect(await fresh("203.0.113.3")).not.toBeNull();
  });
});

describe("the per-account sign-in limit", () => {
  it("refuses an account after 5 failures within 15 minutes, from any address, even to the right password", async () => {
    for (let i = 0; i < 4; i++) await recordFailure({ email: "Lou@Example.org", address: `192.0.2.${i}` });
    expect(await refusedUntil({ email: "lou@example.org", address: "192.0.2.99" })).toBeNull();
    await recordFailure({ email: "lou@example.org", address: "192.0.2.4" });
    expect((await refusedUntil({ email: "LOU@example.org", address: "192.0.2.99" }))?.getTime()).toBe(clock + 15 * MINUTE);
  });

  it("a good sign-in clears the account's failures", async () => {
    for (let i = 0; i < 4; i++) await recordFailure({ email: "kim@example.org", address: "192.0.2.50" });
    await recordSuccess({ email: "kim@example.org", address: "192.0.2.50" });
    await recordFailure({ email: "kim@example.org", address: "192.0.2.50" });
    expect(await refusedUntil({ email: "kim@example.org", address: "192.0.2.51" })).toBeNull();
  });
});
