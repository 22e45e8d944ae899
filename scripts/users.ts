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
 * Links start with APP_URL (default http://localhost:3000). The commands
 * themselves are lib/accounts/users-command.ts.
 */
import { writer } from "../lib/db";
import { runUsersCommand } from "../lib/accounts/users-command";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

try {
  process.exitCode = await runUsersCommand(writer(), process.argv.slice(2), {
    readStdin,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    appUrl: process.env.APP_URL?.trim() || "http://localhost:3000",
  });
} finally {
  await writer().$disconnect();
}
