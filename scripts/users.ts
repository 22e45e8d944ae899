/**
 * npm run users -- add --email E --role admin|editor|viewer [--authority SLUG]... [--name NAME] [--password-stdin]
 * npm run users -- list
 * npm run users -- disable --email E
 * npm run users -- reset --email E
 *
 * Run on the server; needs no account. `add` reads the password from standard
 * input with --password-stdin, else prints a single-use link to set it, valid
 * for a day. `reset` removes the password, ends every session and prints such
 * a link. `disable` ends every session and refuses sign-in; nothing is deleted.
 * Links start with APP_URL (default http://localhost:3000).
 */
import { parseArgs } from "node:util";
import { writer } from "../lib/db";
import { addPerson, disablePerson, listPeople, PeopleError, resetPassword, setPasswordLink } from "../lib/accounts/people";
import { isRole } from "../lib/accounts/roles";

const USAGE = `usage: npm run users -- add --email E --role admin|editor|viewer [--authority SLUG]... [--name NAME] [--password-stdin]
       npm run users -- list | disable --email E | reset --email E`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    authority: { type: "string", multiple: true },
    "password-stdin": { type: "boolean" },
  },
});
const appUrl = process.env.APP_URL?.trim() || "http://localhost:3000";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new PeopleError(`--${name} is required\n${USAGE}`);
  return value;
}

async function run(command: string | undefined): Promise<void> {
  const db = writer();
  if (command === "add") {
    const role = required(values.role, "role");
    if (!isRole(role)) throw new PeopleError("--role must be admin, editor or viewer");
    const email = required(values.email, "email");
    const password = values["password-stdin"] ? await readStdin() : undefined;
    await addPerson(db, { email, name: values.name ?? email, role, authorities: values.authority ?? [] }, password);
    console.log(`Added ${email} (${role}${values.authority?.length ? ` of ${values.authority.join(", ")}` : ""}).`);
    if (!password) console.log(`Set-password link (single use, valid for 24 hours):\n${await setPasswordLink(email, appUrl)}`);
  } else if (command === "list") {
    for (const p of await listPeople(db))
      console.log(
        [p.email, p.role, p.authorities.join(" ") || "-", p.disabled ? "disabled" : "active", p.createdAt.slice(0, 10)].join("\t"),
      );
  } else if (command === "disable") {
    await disablePerson(db, required(values.email, "email"));
    console.log(`Disabled ${values.email}; its sessions are ended.`);
  } else if (command === "reset") {
    const email = required(values.email, "email");
    await resetPassword(db, email);
    console.log(
      `The password of ${email} is removed and its sessions ended. Set-password link (single use, valid for 24 hours):\n${await setPasswordLink(email, appUrl)}`,
    );
  } else {
    throw new PeopleError(USAGE);
  }
}

try {
  await run(positionals[0]);
} catch (error) {
  if (!(error instanceof PeopleError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
} finally {
  await writer().$disconnect();
}
