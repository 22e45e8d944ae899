-- CreateTable
CREATE TABLE "Authority" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Report" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "authorityId" INTEGER NOT NULL,
    "reportDate" TEXT NOT NULL,
    "inspectionStart" TEXT,
    "inspectionEnd" TEXT,
    "commissioningPct" TEXT,
    "inspector" TEXT,
    "region" TEXT,
    "regionalDirector" TEXT,
    "childrenPopulation" INTEGER,
    "lookedAfterChildren" INTEGER,
    "childProtectionPlans" INTEGER,
    "contextText" TEXT NOT NULL,
    "nextStepsWorkingDays" INTEGER,
    "nextStepsText" TEXT,
    "warnings" TEXT NOT NULL DEFAULT '[]',
    "sourceName" TEXT NOT NULL,
    "sourceSha256" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Report_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Authority" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Provider" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reportId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "Provider_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reportId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "inspection" TEXT NOT NULL,
    "judgement" TEXT NOT NULL,
    "grade" TEXT NOT NULL,
    CONSTRAINT "Rating_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Section" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reportId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "outcome" INTEGER,
    "title" TEXT NOT NULL,
    CONSTRAINT "Section_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Paragraph" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reportId" INTEGER NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "outcome" INTEGER,
    "ref" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "Paragraph_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Paragraph_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Footnote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reportId" INTEGER NOT NULL,
    "marker" TEXT NOT NULL,
    "ref" TEXT,
    "text" TEXT NOT NULL,
    CONSTRAINT "Footnote_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "reportId" INTEGER NOT NULL,
    "authorityId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "deadlineLabel" TEXT NOT NULL,
    "deadlineMonths" INTEGER NOT NULL,
    "deadlineDays" INTEGER,
    "deadlineKey" TEXT NOT NULL,
    "dueDate" TEXT NOT NULL,
    "addressee" TEXT,
    "text" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "attribution" TEXT,
    CONSTRAINT "Recommendation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Recommendation_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Authority" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Authority_slug_key" ON "Authority"("slug");

-- CreateIndex
CREATE INDEX "Report_reportDate_idx" ON "Report"("reportDate");

-- CreateIndex
CREATE INDEX "Report_region_idx" ON "Report"("region");

-- CreateIndex
CREATE UNIQUE INDEX "Report_authorityId_reportDate_key" ON "Report"("authorityId", "reportDate");

-- CreateIndex
CREATE INDEX "Provider_reportId_idx" ON "Provider"("reportId");

-- CreateIndex
CREATE INDEX "Rating_reportId_idx" ON "Rating"("reportId");

-- CreateIndex
CREATE INDEX "Section_reportId_idx" ON "Section"("reportId");

-- CreateIndex
CREATE INDEX "Section_outcome_idx" ON "Section"("outcome");

-- CreateIndex
CREATE INDEX "Paragraph_reportId_position_idx" ON "Paragraph"("reportId", "position");

-- CreateIndex
CREATE INDEX "Paragraph_sectionId_idx" ON "Paragraph"("sectionId");

-- CreateIndex
CREATE INDEX "Paragraph_outcome_idx" ON "Paragraph"("outcome");

-- CreateIndex
CREATE INDEX "Footnote_reportId_idx" ON "Footnote"("reportId");

-- CreateIndex
CREATE INDEX "Recommendation_deadlineKey_authorityId_idx" ON "Recommendation"("deadlineKey", "authorityId");

-- CreateIndex
CREATE INDEX "Recommendation_authorityId_deadlineKey_idx" ON "Recommendation"("authorityId", "deadlineKey");

-- CreateIndex
CREATE INDEX "Recommendation_reportId_idx" ON "Recommendation"("reportId");

-- CreateIndex
CREATE INDEX "Recommendation_dueDate_idx" ON "Recommendation"("dueDate");
