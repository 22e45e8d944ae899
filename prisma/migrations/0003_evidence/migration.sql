-- CreateTable
CREATE TABLE "ParagraphTheme" (
    "paragraphId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,
    "theme" TEXT NOT NULL,
    "assessment" TEXT NOT NULL,

    PRIMARY KEY ("paragraphId", "theme"),
    CONSTRAINT "ParagraphTheme_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "Paragraph" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecommendationTheme" (
    "recommendationId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,
    "theme" TEXT NOT NULL,

    PRIMARY KEY ("recommendationId", "theme"),
    CONSTRAINT "RecommendationTheme_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
-- Written by hand rather than as Prisma's table redefinition: that drops and
-- recreates Paragraph, and with it the full-text search triggers of
-- 0002_search. SQLite adds NOT NULL columns with a constant default in place.
-- Reports stored before this migration get analysisVersion '' and neutral
-- paragraphs with no themes until the reassessment (`npm run reassess`, also
-- run by `npm run seed` and `npm run up`) reads them again from their text.
ALTER TABLE "Report" ADD COLUMN "analysisVersion" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Paragraph" ADD COLUMN "assessment" TEXT NOT NULL DEFAULT 'neutral';
ALTER TABLE "Paragraph" ADD COLUMN "sentences" TEXT NOT NULL DEFAULT '[]';

-- CreateIndex
CREATE INDEX "ParagraphTheme_theme_reportId_assessment_idx" ON "ParagraphTheme"("theme", "reportId", "assessment");

-- CreateIndex
CREATE INDEX "ParagraphTheme_reportId_theme_assessment_idx" ON "ParagraphTheme"("reportId", "theme", "assessment");

-- CreateIndex
CREATE INDEX "RecommendationTheme_theme_reportId_idx" ON "RecommendationTheme"("theme", "reportId");

-- CreateIndex
CREATE INDEX "RecommendationTheme_reportId_idx" ON "RecommendationTheme"("reportId");

