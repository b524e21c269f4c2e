-- CreateTable
CREATE TABLE "RoutingRestriction" (
    "id" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "level" "SupportLevel" NOT NULL,
    "kind" "SupportKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoutingRestriction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RoutingRestriction_serviceId_regionId_level_kind_key" ON "RoutingRestriction"("serviceId", "regionId", "level", "kind");

-- AddForeignKey
ALTER TABLE "RoutingRestriction" ADD CONSTRAINT "RoutingRestriction_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "OnlineService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingRestriction" ADD CONSTRAINT "RoutingRestriction_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
