-- CreateIndex
CREATE INDEX "SearchEvent_serviceId_at_idx" ON "SearchEvent"("serviceId", "at");

-- CreateIndex
CREATE INDEX "SearchEvent_openedArticleId_at_idx" ON "SearchEvent"("openedArticleId", "at");
