import { randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";

// Query modules use the app's one client (lib/db.ts), opened on DATABASE_URL
// when lib/db.ts is first imported. Vitest runs this before each test file, so
// every file gets a database path of its own, never the app's data/app.db;
// tests that need the data create it there (withSeededDatabase).
process.env.DATABASE_URL = path.join(os.tmpdir(), `reports-test-${process.pid}-${randomUUID()}.db`);
