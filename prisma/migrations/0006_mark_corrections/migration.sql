-- Reviewers' marks of finding paragraphs and their history (issue #21).
-- CreateTable
CREATE TABLE "MarkCorrection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "authorityId" INTEGER NOT NULL,
    "reportDate" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "mark" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "assessorMark" TEXT NOT NULL,
    "paragraphId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MarkCorrection_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MarkCorrectionChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "correctionId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "MarkCorrectionChange_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "MarkCorrection" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MarkCorrectionChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "MarkCorrection_paragraphId_key" ON "MarkCorrection"("paragraphId");

-- CreateIndex
CREATE UNIQUE INDEX "MarkCorrection_authorityId_reportDate_ref_textHash_key" ON "MarkCorrection"("authorityId", "reportDate", "ref", "textHash");

-- CreateIndex
CREATE INDEX "MarkCorrectionChange_correctionId_id_idx" ON "MarkCorrectionChange"("correctionId", "id");


-- The history is never edited or deleted, and a reviewer's mark is never deleted (an unmatched one is kept), whatever the app does.
CREATE TRIGGER "MarkCorrectionChange_read_only_update" BEFORE UPDATE ON "MarkCorrectionChange" BEGIN SELECT RAISE(ABORT, 'MarkCorrectionChange rows are read-only'); END;
CREATE TRIGGER "MarkCorrectionChange_read_only_delete" BEFORE DELETE ON "MarkCorrectionChange" BEGIN SELECT RAISE(ABORT, 'MarkCorrectionChange rows are read-only'); END;
CREATE TRIGGER "MarkCorrection_never_deleted" BEFORE DELETE ON "MarkCorrection" BEGIN SELECT RAISE(ABORT, 'MarkCorrection rows are never deleted'); END;
