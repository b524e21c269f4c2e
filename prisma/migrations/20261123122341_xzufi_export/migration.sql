-- CreateEnum
CREATE TYPE "XzufiExportStatus" AS ENUM ('RUNNING', 'COMPLETE', 'ABORTED', 'FAILED');

-- CreateTable
CREATE TABLE "XzufiExport" (
    "id" TEXT NOT NULL,
    "regionArs" TEXT NOT NULL,
    "since" TIMESTAMP(3),
    "stand" TIMESTAMP(3) NOT NULL,
    "etag" TEXT NOT NULL,
    "lastModified" TIMESTAMP(3) NOT NULL,
    "via" TEXT NOT NULL,
    "actorLabel" TEXT NOT NULL,
    "status" "XzufiExportStatus" NOT NULL DEFAULT 'RUNNING',
    "leistungen" INTEGER NOT NULL DEFAULT 0,
    "loeschungen" INTEGER NOT NULL DEFAULT 0,
    "bytes" INTEGER NOT NULL DEFAULT 0,
    "warnings" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "XzufiExport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "XzufiFeedEntry" (
    "regionArs" TEXT NOT NULL,
    "leikaKey" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "seenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "XzufiFeedEntry_pkey" PRIMARY KEY ("regionArs","leikaKey")
);

-- CreateTable
CREATE TABLE "XzufiImportedId" (
    "schemeAgencyId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "leistungId" TEXT NOT NULL,

    CONSTRAINT "XzufiImportedId_pkey" PRIMARY KEY ("schemeAgencyId","externalId")
);

-- CreateIndex
CREATE INDEX "XzufiExport_regionArs_createdAt_idx" ON "XzufiExport"("regionArs", "createdAt");

-- CreateIndex
CREATE INDEX "XzufiFeedEntry_regionArs_changedAt_idx" ON "XzufiFeedEntry"("regionArs", "changedAt");

-- CreateIndex
CREATE INDEX "XzufiFeedEntry_regionArs_deletedAt_idx" ON "XzufiFeedEntry"("regionArs", "deletedAt");

-- CreateIndex
CREATE INDEX "XzufiImportedId_leistungId_idx" ON "XzufiImportedId"("leistungId");

-- AddForeignKey
ALTER TABLE "XzufiImportedId" ADD CONSTRAINT "XzufiImportedId_leistungId_fkey" FOREIGN KEY ("leistungId") REFERENCES "Leistung"("id") ON DELETE CASCADE ON UPDATE CASCADE;
