-- Per-authority renewal of kept pages (decision 0014): an import raises the version of the authority it
-- touched, of the authorities whose pages list it as a statistical neighbour, and of the lists; the
-- document layer keeps every other page (lib/document-layer/page-versions.mjs).
-- CreateTable
CREATE TABLE "PageVersion" (
    "scope" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);
