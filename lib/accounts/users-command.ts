import { parseArgs } from "node:util";
import type { Db } from "../db";
import { addPerson, disablePerson, listPeople, PeopleError, resetPassword, setPasswordLink } from "./people";
import { isRole } from "./roles";

const USERS_USAGE = `usage: npm run users -- add --email E --role admin|editor|viewer [--authority SLUG]... [--name NAME] [--password-stdin]
       npm run users -- list | disable --email E | reset --email E`;

/** What the command reads and writes besides the database: the shell gives it the process's, a test its own. */
export interface UsersCommandIo {
  /** Standard input, read only for --password-stdin. */
  readStdin: () => Promise<string>;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Where set-password links start. */
  appUrl: string;
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new PeopleError(`--${name} is required\n${USERS_USAGE}`);
  return value;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        email: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        authority: { type: "string", multiple: true },
        "password-stdin": { type: "boolean" },
      },
    });
  } catch (error) {
    // An unknown option or a missing value: refused in words, like any other misuse.
    throw new PeopleError(`${(error as Error).message}\n${USERS_USAGE}`);
  }
}

async function run(db: Db, argv: string[], io: UsersCommandIo): Promise<void> {
  const { positionals, values } = parse(argv);
  const command = positionals[0];
  if (command === "add") {
    const role = required(values.role, "role");
    if (!isRole(role)) throw new PeopleError("--role must be admin, editor or viewer");
    const email = required(values.email, "email");
    // The line's end is not part of the password.
    const password = values["password-stdin"] ? (await io.readStdin()).replace(/\r?\n$/, "") : undefined;
    await addPerson(db, { email, name: values.name ?? email, role, authorities: values.authority ?? [] }, password);
    io.out(`Added ${email} (${role}${values.authority?.length ? ` of ${values.authority.join(", ")}` : ""}).`);
    if (!password) io.out(`Set-password link (single use, valid for 24 hours):\n${await setPasswordLink(email, io.appUrl)}`);
  } else if (command === "list") {
    for (const p of await listPeople(db))
      io.out([p.email, p.role, p.authorities.join(" ") || "-", p.disabled ? "disabled" : "active", p.createdAt.slice(0, 10)].join("\t"));
  } else if (command === "disable") {
    const email = required(values.email, "email");
    await disablePerson(db, email);
    io.out(`Disabled ${email}; its sessions are ended.`);
  } else if (command === "reset") {
    const email = required(values.email, "email");
    await resetPassword(db, email);
    io.out(
      `The password of ${email} is removed and its sessions ended. Set-password link (single use, valid for 24 hours):\n${await setPasswordLink(email, io.appUrl)}`,
    );
  } else {
    throw new PeopleError(USERS_USAGE);
  }
}

/**
 * `npm run users` (scripts/users.ts) without its process: runs one command and
 * returns its exit code, 0 when done and 2 when refused in words (nothing
 * written). Any other error is thrown, as a fault rather than a refusal.
 */
export async function runUsersCommand(db: Db, argv: string[], io: UsersCommandIo): Promise<number> {
  try {
    await run(db, argv, io);
    return 0;
  } catch (error) {
    if (!(error instanceof PeopleError)) throw error;
    io.err(error.message);
    return 2;
  }
}
