import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { verify } from "@node-rs/argon2";
import { APIError } from "better-auth/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authFor } from "../lib/accounts/auth";
import { runUsersCommand } from "../lib/accounts/users-command";
import { databaseFile } from "../lib/database-file";
import { writer } from "../lib/db";
import { createSeededDatabase, removeDatabaseFiles } from "../lib/testing/seeded-db";

/**
 * `npm run users` (scripts/users.ts) on this file's own seeded database: what it prints, what it
 * writes, and that a reset or a new password ends the account's sessions (issue #25). The
 * commands run in this process (lib/accounts/users-command.ts), as the script runs them; the last
 * tests run the script itself with tsx, as a person runs it on the server, for its standard
 * input, output and exit code (each such run starts tsx and the Prisma client: seconds of CPU).
 */
const ROOT = path.join(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const APP_URL = "https://reports.example.org";
const LINK = /^https:\/\/reports\.example\.org\/set-password\?token=([\w-]+)$/m;
const SLOW = 60_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a users command in this process, with the given standard input; its output as the script would print it. */
async function users(args: string[], stdin = ""): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runUsersCommand(writer(), args, {
    readStdin: async () => stdin,
    out: (line) => (stdout += `${line}\n`),
    err: (line) => (stderr += `${line}\n`),
    appUrl: APP_URL,
  });
  return { code, stdout, stderr };
}

/** Runs `npm run users -- ...args` as its own process, with tsx, with the given standard input. */
function usersScript(args: string[], stdin = ""): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      TSX,
      [path.join(ROOT, "scripts", "users.ts"), ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseFile(), APP_URL } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

const db = () => writer();
const person = (email: string) =>
  db().user.findUniqueOrThrow({ where: { email }, include: { accounts: true, sessions: true, authorities: true } });
/** A session of the account, as a sign-in would leave in the database. */
const giveSession = async (email: string) => {
  const { id } = await person(email);
  await db().session.create({ data: { id: randomUUID(), token: randomUUID(), userId: id, expiresAt: new Date(Date.now() + 3_600_000) } });
};
const signIn = (email: string, password: string) => authFor(new Headers()).api.signInEmail({ body: { email, password } });

beforeAll(() => createSeededDatabase(databaseFile()), SLOW);
afterAll(async () => {
  await db().$disconnect();
  removeDatabaseFiles(databaseFile());
});

describe("npm run users", () => {
  it(
    "adds an admin with the password from standard input, hashed with argon2id",
    async () => {
      const run = await users(
        ["add", "--email", "Ann.Admin@Example.org", "--role", "admin", "--name", "Ann Admin", "--password-stdin"],
        "correct horse battery\n",
      );
      expect(run).toEqual({ code: 0, stdout: "Added Ann.Admin@Example.org (admin).\n", stderr: "" });
      const ann = await person("ann.admin@example.org");
      expect(ann).toMatchObject({ name: "Ann Admin", role: "admin", disabled: false, authorities: [], sessions: [] });
      const [credential] = ann.accounts;
      expect(credential.providerId).toBe("credential");
      expect(credential.password).toMatch(/^\$argon2id\$/);
      // The line's end is not part of the password.
      expect(await verify(credential.password!, "correct horse battery")).toBe(true);
      expect(await signIn("ann.admin@example.org", "correct horse battery")).toMatchObject({ user: { email: "ann.admin@example.org" } });
    },
    SLOW,
  );

  it(
    "adds an editor of two authorities with a single-use link to set the password, which ends the account's sessions",
    async () => {
      const run = await users(["add", "--email", "ed@example.org", "--role", "editor", "--authority", "barnet", "--authority", "dudley"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /^Added ed@example\.org \(editor of barnet, dudley\)\.\nSet-password link \(single use, valid for 24 hours\):\n/,
      );
      const token = LINK.exec(run.stdout)![1];
      const ed = await person("ed@example.org");
      expect(ed.accounts[0].password).toBeNull();
      expect(ed.authorities).toHaveLength(2);
      const link = await db().verification.findFirstOrThrow({ where: { value: ed.id } });
      expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3_600_000);

      await giveSession("ed@example.org");
      await authFor(new Headers()).api.resetPassword({ body: { token, newPassword: "ed's new password" } });
      expect((await person("ed@example.org")).sessions).toEqual([]);
      await expect(authFor(new Headers()).api.resetPassword({ body: { token, newPassword: "someone else's" } })).rejects.toThrow(APIError);
      expect(await signIn("ed@example.org", "ed's new password")).toMatchObject({ user: { email: "ed@example.org" } });
    },
    SLOW,
  );

  it(
    "lists everyone: email, role, authorities, whether active, when added",
    async () => {
      const run = await users(["list"]);
      expect(run.code).toBe(0);
      const today = new Date().toISOString().slice(0, 10);
      expect(run.stdout.trimEnd().split("\n")).toEqual([
        `ann.admin@example.org\tadmin\t-\tactive\t${today}`,
        `ed@example.org\teditor\tbarnet dudley\tactive\t${today}`,
      ]);
    },
    SLOW,
  );

  it(
    "resets a password: the old one stops working, every session ends, and a new link is printed",
    async () => {
      await giveSession("ed@example.org");
      expect((await person("ed@example.org")).sessions.length).toBeGreaterThan(0);
      const run = await users(["reset", "--email", "ed@example.org"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^The password of ed@example\.org is removed and its sessions ended\. Set-password link/);
      expect(run.stdout).toMatch(LINK);
      const ed = await person("ed@example.org");
      expect(ed.sessions).toEqual([]);
      expect(ed.accounts[0].password).toBeNull();
      await expect(signIn("ed@example.org", "ed's new password")).rejects.toThrow(APIError);
    },
    SLOW,
  );

  it(
    "disables an account without deleting it: its sessions end and it cannot sign in",
    async () => {
      await giveSession("ann.admin@example.org");
      const run = await users(["disable", "--email", "ann.admin@example.org"]);
      expect(run).toEqual({ code: 0, stdout: "Disabled ann.admin@example.org; its sessions are ended.\n", stderr: "" });
      const ann = await person("ann.admin@example.org");
      expect(ann).toMatchObject({ disabled: true, sessions: [] });
      await expect(signIn("ann.admin@example.org", "correct horse battery")).rejects.toThrow();
      expect((await users(["list"])).stdout).toContain("ann.admin@example.org\tadmin\t-\tdisabled\t");
    },
    SLOW,
  );

  it(
    "refuses what it cannot do in words, with exit code 2, and writes nothing",
    async () => {
      const before = await db().user.count();
      const refusals: [string[], string, RegExp][] = [
        [
          ["add", "--email", "short@example.org", "--role", "viewer", "--authority", "barnet", "--password-stdin"],
          "too short\n",
          /at least 12 characters/,
        ],
        [["add", "--email", "ed@example.org", "--role", "viewer", "--authority", "barnet"], "", /ed@example\.org already has an account/],
        [
          ["add", "--email", "nowhere@example.org", "--role", "viewer", "--authority", "atlantis"],
          "",
          /No authority with the slug atlantis/,
        ],
        [["add", "--email", "norole@example.org"], "", /--role is required/],
        [["disable", "--email", "nobody@example.org"], "", /No account for nobody@example\.org/],
        [["rename"], "", /^usage: npm run users -- add/],
        [["list", "--everyone"], "", /Unknown option '--everyone'[\s\S]*usage: npm run users/],
      ];
      // None writes, so they run side by side.
      const runs = await Promise.all(refusals.map(([args, stdin]) => users(args, stdin)));
      for (const [i, [args, , message]] of refusals.entries()) {
        expect({ args, code: runs[i].code, stdout: runs[i].stdout }).toEqual({ args, code: 2, stdout: "" });
        expect(runs[i].stderr).toMatch(message);
      }
      expect(await db().user.count()).toBe(before);
    },
    2 * SLOW,
  );

  describe("the script itself, run with tsx as on the server", () => {
    it(
      "reads the password from standard input without its line's end, prints what it did and exits 0",
      async () => {
        const run = await usersScript(
          ["add", "--email", "cli@example.org", "--role", "admin", "--password-stdin"],
          "a password from a pipe\n",
        );
        expect(run).toEqual({ code: 0, stdout: "Added cli@example.org (admin).\n", stderr: "" });
        const [credential] = (await person("cli@example.org")).accounts;
        expect(await verify(credential.password!, "a password from a pipe")).toBe(true);
      },
      SLOW,
    );

    it(
      "exits 2 with the usage on standard error when refused, and writes nothing",
      async () => {
        const before = await db().user.count();
        const run = await usersScript(["rename", "--email", "cli@example.org"]);
        expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
        expect(run.stderr).toMatch(/^usage: npm run users -- add/);
        expect(await db().user.count()).toBe(before);
      },
      SLOW,
    );
  });
});
