/** Adds the e2e accounts (lib/testing/e2e-people.ts) to DATABASE_URL's database: run by scripts/prepare-e2e-db.sh. */
import { writer } from "../lib/db";
import { addPerson } from "../lib/accounts/people";
import { E2E_PASSWORD, E2E_PEOPLE } from "../lib/testing/e2e-people";

try {
  for (const person of Object.values(E2E_PEOPLE))
    await addPerson(writer(), { ...person, authorities: [...person.authorities] }, E2E_PASSWORD);
  console.log(`seed-e2e-people: ${Object.keys(E2E_PEOPLE).length} accounts`);
} finally {
  await writer().$disconnect();
}
