-- AlterTable
ALTER TABLE "Authority" ADD COLUMN "laNumber" TEXT;
ALTER TABLE "Authority" ADD COLUMN "onsCode" TEXT;
ALTER TABLE "Authority" ADD COLUMN "onsRegion" TEXT;

-- CreateIndex
CREATE INDEX "Authority_laNumber_idx" ON "Authority"("laNumber");

-- CreateIndex
CREATE INDEX "Authority_onsCode_idx" ON "Authority"("onsCode");

