-- CreateTable
CREATE TABLE "LiveAttendance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "webinarId" TEXT NOT NULL,
    "viewerKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "secondsWatched" INTEGER NOT NULL DEFAULT 0,
    "firstSeenAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL,
    "playingSince" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "LiveAttendance_webinarId_viewerKey_key" ON "LiveAttendance"("webinarId", "viewerKey");
