/** The e2e servers (see playwright.config.ts): the main one, and one whose database the import tests write to. */
const mainPort = Number(process.env.E2E_PORT ?? 3100);

export const IMPORT_SERVER = {
  port: mainPort + 50,
  baseURL: `http://127.0.0.1:${mainPort + 50}`,
};

/**
 * A server over 150 synthetic councils plus Barnet and Dudley (scripts/prepare-e2e-councils-db.ts):
 * for what changes with many councils (issue 26): typed council fields, filters, paging. Read only.
 */
export const COUNCILS_SERVER = {
  port: mainPort + 25,
  baseURL: `http://127.0.0.1:${mainPort + 25}`,
};
