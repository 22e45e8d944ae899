/**
 * The server killed (SIGKILL: no graceful stop) in the middle of saves of
 * action plans (issue #25): each action and its history are written together
 * or not at all, and every save the server answered "saved" is kept. A server
 * of its own, on its own port and database, since it is killed.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, signIn, test } from "./fixtures";
import { rawGet } from "./http";

const ROOT = path.join(import.meta.dirname, "..");
const PORT = Number(process.env.E2E_PORT ?? 3100) + 70;
const BASE = `http://127.0.0.1:${PORT}`;
const DATABASE = `${(process.env.E2E_DATABASE_URL ?? "data/e2e.db").replace(/\.db$/, "")}-kill.db`;
const PLAN = "/authorities/barnet/actions";
const WRITERS = 6;

let server: ChildProcess | undefined;

async function waitForServer(timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await rawGet(BASE, "/api/health")).status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${BASE} did not answer within ${timeoutMs} ms`);
}

const ENTITIES: Record<string, string> = { "&quot;": '"', "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" };
const unescape = (value: string) => value.replace(/&(?:quot|#x27|#39|lt|gt|amp);/g, (entity) => ENTITIES[entity]);

/** Each action form of the plan as the server renders it (Next's action fields included), by recommendation id. */
function formsOf(html: string): Map<string, Record<string, string>> {
  const forms = new Map<string, Record<string, string>>();
  for (const [, body] of html.matchAll(/<form[^>]*>((?:(?!<\/form>)[\s\S])*?name="recommendation"[\s\S]*?)<\/form>/g)) {
    const fields: Record<string, string> = {};
    // Each attribute on its own: React writes them in any order, the value often before the name.
    for (const [tag] of body.matchAll(/<input\b[^>]*>/g)) {
      const name = / name="([^"]+)"/.exec(tag)?.[1];
      if (name) fields[name] = unescape(/ value="([^"]*)"/.exec(tag)?.[1] ?? "");
    }
    for (const [, name] of body.matchAll(/<select[^>]*name="([^"]+)"/g)) fields[name] ??= "in-progress";
    forms.set(fields.recommendation, fields);
  }
  return forms;
}

/** What the database holds of the plan, read after the server is gone. */
function stored() {
  const db = new Database(DATABASE, { readonly: true });
  try {
    return {
      integrity: db.pragma("integrity_check", { simple: true }),
      actions: db.prepare('SELECT "id", "version" FROM "Action"').all() as { id: number; version: number }[],
      changes: db.prepare('SELECT "actionId", "version", "field", "to" FROM "ActionChange"').all() as {
        actionId: number;
        version: number;
        field: string;
        to: string;
      }[],
      notes: db.prepare('SELECT "actionId", "text" FROM "ActionNote"').all() as { actionId: number; text: string }[],
    };
  } finally {
    db.close();
  }
}

test.describe("the server killed during saves", () => {
  test.use({ baseURL: BASE });
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    const env = { ...process.env, DATABASE_URL: DATABASE, NEXT_TELEMETRY_DISABLED: "1" };
    execFileSync("bash", ["scripts/prepare-e2e-db.sh"], { cwd: ROOT, env, stdio: "inherit" });
    server = spawn(process.execPath, ["scripts/server.mjs", "-p", String(PORT), "-H", "127.0.0.1"], { cwd: ROOT, env, stdio: "inherit" });
    await waitForServer(120_000);
  });

  test.afterAll(() => {
    if (server && server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
  });

  test("each action and its history entry are both written or both not, and every save answered is kept", async ({ page }) => {
    await signIn(page, "editorOfBarnet", PLAN);
    const forms = formsOf(await (await page.request.get(PLAN)).text());
    expect(forms.size).toBeGreaterThanOrEqual(2);
    const acknowledged: string[] = [];
    let inFlight = 0;
    let killed = false;

    // Each writer saves its own action again and again, a note each time, as the form does without JavaScript.
    const writer = async (fields: Record<string, string>, n: number) => {
      let version = Number(fields.version);
      for (let i = 0; !killed; i++) {
        const note = `kill-test ${n}-${i}`;
        inFlight++;
        try {
          const answer = await page.request.post(PLAN, {
            multipart: { ...fields, version: String(version), note },
            headers: { origin: BASE },
          });
          if ((await answer.text()).includes("Action saved.")) {
            acknowledged.push(note);
            version++;
          }
        } catch {
          return; // the server is gone
        } finally {
          inFlight--;
        }
      }
    };
    const writers = [...forms.values()].slice(0, WRITERS).map((fields, n) => writer(fields, n));
    await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(20);
    const inFlightAtKill = inFlight;
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server!.kill("SIGKILL");
    killed = true;
    await exited;
    await Promise.all(writers);
    expect(inFlightAtKill).toBeGreaterThan(0);
    test
      .info()
      .annotations.push({ type: "saves", description: `${acknowledged.length} answered "saved", ${inFlightAtKill} in flight when killed` });

    const { integrity, actions, changes, notes } = stored();
    expect(integrity).toBe("ok");
    for (const action of actions) {
      // Every version up to the action's own has its history, and none beyond it.
      const versions = new Set(changes.filter((c) => c.actionId === action.id).map((c) => c.version));
      expect(
        [...versions].sort((a, b) => a - b),
        `action ${action.id}`,
      ).toEqual(Array.from({ length: action.version }, (_, i) => i + 1));
    }
    const noteChanges = changes.filter((c) => c.field === "Progress note").map((c) => `${c.actionId}:${c.to}`);
    expect(notes.map((n) => `${n.actionId}:${n.text}`).sort()).toEqual(noteChanges.sort());
    const storedNotes = new Set(notes.map((n) => n.text));
    expect(acknowledged.filter((note) => !storedNotes.has(note))).toEqual([]);
    expect(actions.every((a) => changes.some((c) => c.actionId === a.id))).toBe(true);
    expect(fs.existsSync(DATABASE)).toBe(true);
  });
});
