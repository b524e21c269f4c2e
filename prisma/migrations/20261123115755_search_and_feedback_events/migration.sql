/*
  Warnings:

  - A unique constraint covering the columns `[organisationId,clientKey]` on the table `SearchEvent` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterEnum
ALTER TYPE "FeedbackOutcome" ADD VALUE 'WEITERGELEITET';

-- AlterTable
ALTER TABLE "FeedbackEvent" ADD COLUMN     "organisationId" TEXT,
ADD COLUMN     "routingTargetId" TEXT,
ADD COLUMN     "searchEventId" BIGINT;

-- AlterTable
ALTER TABLE "SearchEvent" ADD COLUMN     "clientKey" TEXT,
ADD COLUMN     "openedArticleId" TEXT,
ADD COLUMN     "openedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "FeedbackEvent_regionArs_at_idx" ON "FeedbackEvent"("regionArs", "at");

-- CreateIndex
CREATE UNIQUE INDEX "SearchEvent_organisationId_clientKey_key" ON "SearchEvent"("organisationId", "clientKey");

-- AddForeignKey
ALTER TABLE "FeedbackEvent" ADD CONSTRAINT "FeedbackEvent_routingTargetId_fkey" FOREIGN KEY ("routingTargetId") REFERENCES "RoutingTarget"("id") ON DELETE SET NULL ON UPDATE CASCADE;
