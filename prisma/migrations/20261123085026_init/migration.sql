-- CreateEnum
CREATE TYPE "OrgKind" AS ENUM ('BUND', 'LAND', 'KOMMUNE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'BEV', 'REVIEWER', 'MIV', 'KOMMUNE', 'AGENT', 'XZUFI');

-- CreateEnum
CREATE TYPE "ArticleType" AS ENUM ('FAQ', 'WORKAROUND', 'INCIDENT', 'TRAINING');

-- CreateEnum
CREATE TYPE "RevisionStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SUPERSEDED', 'REJECTED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "VariantField" AS ENUM ('TITLE', 'SHORT_ANSWER', 'BODY', 'KEYWORDS', 'CATEGORIES', 'VALIDITY', 'CONTACT_HINTS');

-- CreateEnum
CREATE TYPE "ChangeMode" AS ENUM ('REPLACE', 'APPEND');

-- CreateEnum
CREATE TYPE "Stoerungsklasse" AS ENUM ('BETRIEBSVERHINDERND', 'BETRIEBSBEHINDERND', 'LEICHT');

-- CreateEnum
CREATE TYPE "SupportLevel" AS ENUM ('SECOND', 'THIRD');

-- CreateEnum
CREATE TYPE "SupportKind" AS ENUM ('TECHNICAL', 'FACHLICH');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('TICKET_SYSTEM', 'EMAIL', 'PHONE');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'DONE');

-- CreateEnum
CREATE TYPE "FeedbackOutcome" AS ENUM ('GELOEST', 'NICHT_GELOEST');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "ars" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrgKind" NOT NULL,
    "parentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "oidcSubject" TEXT,
    "role" "Role" NOT NULL,
    "organisationId" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organisationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnlineService" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "operatorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OnlineService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceCoUser" (
    "serviceId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "ServiceCoUser_pkey" PRIMARY KEY ("serviceId","organisationId")
);

-- CreateTable
CREATE TABLE "Leistung" (
    "id" TEXT NOT NULL,
    "leikaKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "searchTerms" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Leistung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceLeistung" (
    "serviceId" TEXT NOT NULL,
    "leistungId" TEXT NOT NULL,

    CONSTRAINT "ServiceLeistung_pkey" PRIMARY KEY ("serviceId","leistungId")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "type" "ArticleType" NOT NULL,
    "serviceId" TEXT NOT NULL,
    "ownerOrgId" TEXT NOT NULL,
    "parentId" TEXT,
    "rootId" TEXT,
    "publishedRevisionId" TEXT,
    "headRevisionId" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "RevisionStatus" NOT NULL,
    "title" TEXT,
    "shortAnswer" TEXT,
    "bodyJson" JSONB,
    "bodyHtml" TEXT,
    "bodyText" TEXT,
    "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "categories" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "leikaKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "contactHints" TEXT,
    "validFrom" TIMESTAMP(3),
    "validUntil" TIMESTAMP(3),
    "reviewDue" TIMESTAMP(3),
    "internalNote" TEXT,
    "changeNote" TEXT,
    "basedOnRevisionId" TEXT,
    "parentRevisionId" TEXT,
    "authorId" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewComment" TEXT,
    "needsPostReview" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VariantChange" (
    "revisionId" TEXT NOT NULL,
    "field" "VariantField" NOT NULL,
    "mode" "ChangeMode" NOT NULL,
    "value" JSONB NOT NULL,

    CONSTRAINT "VariantChange_pkey" PRIMARY KEY ("revisionId","field")
);

-- CreateTable
CREATE TABLE "Incident" (
    "revisionId" TEXT NOT NULL,
    "klasse" "Stoerungsklasse" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "workaroundArticleId" TEXT,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("revisionId")
);

-- CreateTable
CREATE TABLE "IncidentRegion" (
    "revisionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "IncidentRegion_pkey" PRIMARY KEY ("revisionId","organisationId")
);

-- CreateTable
CREATE TABLE "RoutingTarget" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "regionId" TEXT,
    "level" "SupportLevel" NOT NULL,
    "kind" "SupportKind" NOT NULL,
    "name" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "contact" TEXT NOT NULL,
    "serviceHours" TEXT NOT NULL,
    "reactionHoursVerhindernd" INTEGER NOT NULL,
    "reactionHoursBehindernd" INTEGER NOT NULL,
    "reactionHoursLeicht" INTEGER NOT NULL,
    "resolutionHoursVerhindernd" INTEGER NOT NULL,
    "resolutionHoursBehindernd" INTEGER NOT NULL,
    "resolutionHoursLeicht" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoutingTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SynonymGroup" (
    "id" TEXT NOT NULL,
    "termsKey" TEXT NOT NULL,
    "terms" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SynonymGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "articleId" TEXT,
    "fromRevisionId" TEXT,
    "toRevisionId" TEXT,
    "details" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" BIGSERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "SearchOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "organisationId" TEXT,
    "regionArs" TEXT NOT NULL,
    "queryMasked" TEXT NOT NULL,
    "resultCount" INTEGER NOT NULL,
    "serviceId" TEXT,

    CONSTRAINT "SearchEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "articleId" TEXT NOT NULL,
    "revisionId" TEXT,
    "regionArs" TEXT NOT NULL,
    "outcome" "FeedbackOutcome" NOT NULL,
    "reason" TEXT,

    CONSTRAINT "FeedbackEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemState" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SystemState_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_ars_key" ON "Organisation"("ars");

-- CreateIndex
CREATE INDEX "Organisation_parentId_idx" ON "Organisation"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_organisationId_idx" ON "ApiToken"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "OnlineService_key_key" ON "OnlineService"("key");

-- CreateIndex
CREATE INDEX "OnlineService_operatorId_idx" ON "OnlineService"("operatorId");

-- CreateIndex
CREATE INDEX "ServiceCoUser_organisationId_idx" ON "ServiceCoUser"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Leistung_leikaKey_key" ON "Leistung"("leikaKey");

-- CreateIndex
CREATE INDEX "ServiceLeistung_leistungId_idx" ON "ServiceLeistung"("leistungId");

-- CreateIndex
CREATE UNIQUE INDEX "Article_key_key" ON "Article"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Article_publishedRevisionId_key" ON "Article"("publishedRevisionId");

-- CreateIndex
CREATE UNIQUE INDEX "Article_headRevisionId_key" ON "Article"("headRevisionId");

-- CreateIndex
CREATE INDEX "Article_serviceId_type_idx" ON "Article"("serviceId", "type");

-- CreateIndex
CREATE INDEX "Article_parentId_idx" ON "Article"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Article_rootId_ownerOrgId_key" ON "Article"("rootId", "ownerOrgId");

-- CreateIndex
CREATE INDEX "Revision_status_idx" ON "Revision"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_articleId_number_key" ON "Revision"("articleId", "number");

-- CreateIndex
CREATE INDEX "IncidentRegion_organisationId_idx" ON "IncidentRegion"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "RoutingTarget_serviceId_regionId_level_kind_name_key" ON "RoutingTarget"("serviceId", "regionId", "level", "kind", "name");

-- CreateIndex
CREATE UNIQUE INDEX "SynonymGroup_termsKey_key" ON "SynonymGroup"("termsKey");

-- CreateIndex
CREATE INDEX "AuditEntry_articleId_at_idx" ON "AuditEntry"("articleId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "SearchOutbox_status_nextAttemptAt_idx" ON "SearchOutbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "SearchEvent_at_idx" ON "SearchEvent"("at");

-- CreateIndex
CREATE INDEX "SearchEvent_regionArs_at_idx" ON "SearchEvent"("regionArs", "at");

-- CreateIndex
CREATE INDEX "FeedbackEvent_articleId_at_idx" ON "FeedbackEvent"("articleId", "at");

-- CreateIndex
CREATE INDEX "FeedbackEvent_at_idx" ON "FeedbackEvent"("at");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnlineService" ADD CONSTRAINT "OnlineService_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCoUser" ADD CONSTRAINT "ServiceCoUser_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "OnlineService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCoUser" ADD CONSTRAINT "ServiceCoUser_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceLeistung" ADD CONSTRAINT "ServiceLeistung_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "OnlineService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceLeistung" ADD CONSTRAINT "ServiceLeistung_leistungId_fkey" FOREIGN KEY ("leistungId") REFERENCES "Leistung"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "OnlineService"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_ownerOrgId_fkey" FOREIGN KEY ("ownerOrgId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_rootId_fkey" FOREIGN KEY ("rootId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_publishedRevisionId_fkey" FOREIGN KEY ("publishedRevisionId") REFERENCES "Revision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_headRevisionId_fkey" FOREIGN KEY ("headRevisionId") REFERENCES "Revision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_parentRevisionId_fkey" FOREIGN KEY ("parentRevisionId") REFERENCES "Revision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VariantChange" ADD CONSTRAINT "VariantChange_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_workaroundArticleId_fkey" FOREIGN KEY ("workaroundArticleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRegion" ADD CONSTRAINT "IncidentRegion_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Incident"("revisionId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentRegion" ADD CONSTRAINT "IncidentRegion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingTarget" ADD CONSTRAINT "RoutingTarget_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "OnlineService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingTarget" ADD CONSTRAINT "RoutingTarget_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackEvent" ADD CONSTRAINT "FeedbackEvent_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
