-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN "minutesAttended" INTEGER;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LiveWebinar" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "speakers" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "registrationRequired" BOOLEAN NOT NULL DEFAULT true,
    "capacity" INTEGER,
    "attendanceShare" INTEGER NOT NULL DEFAULT 50,
    "registeredCount" INTEGER NOT NULL DEFAULT 0,
    "streamKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "liveStartedAt" DATETIME,
    "liveEndedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_LiveWebinar" ("capacity", "category", "code", "createdAt", "descriptionEn", "descriptionZh", "endsAt", "id", "liveEndedAt", "liveStartedAt", "registeredCount", "registrationRequired", "speakers", "startsAt", "status", "streamKey", "titleEn", "titleZh", "updatedAt") SELECT "capacity", "category", "code", "createdAt", "descriptionEn", "descriptionZh", "endsAt", "id", "liveEndedAt", "liveStartedAt", "registeredCount", "registrationRequired", "speakers", "startsAt", "status", "streamKey", "titleEn", "titleZh", "updatedAt" FROM "LiveWebinar";
DROP TABLE "LiveWebinar";
ALTER TABLE "new_LiveWebinar" RENAME TO "LiveWebinar";
CREATE UNIQUE INDEX "LiveWebinar_code_key" ON "LiveWebinar"("code");
CREATE UNIQUE INDEX "LiveWebinar_streamKey_key" ON "LiveWebinar"("streamKey");
CREATE INDEX "LiveWebinar_startsAt_idx" ON "LiveWebinar"("startsAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
