-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_WebinarProgress" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "webinarId" TEXT NOT NULL,
    "intervals" TEXT NOT NULL DEFAULT '[]',
    "watchedSeconds" REAL NOT NULL DEFAULT 0,
    "position" REAL NOT NULL DEFAULT 0,
    "answeredCheckpoints" TEXT NOT NULL DEFAULT '[]',
    "lastReportAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "playingReportAt" DATETIME,
    "watchAllowance" REAL NOT NULL DEFAULT 5,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME,
    CONSTRAINT "WebinarProgress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WebinarProgress_webinarId_fkey" FOREIGN KEY ("webinarId") REFERENCES "Webinar" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_WebinarProgress" ("answeredCheckpoints", "completedAt", "id", "intervals", "lastReportAt", "position", "startedAt", "userId", "watchedSeconds", "webinarId") SELECT "answeredCheckpoints", "completedAt", "id", "intervals", "lastReportAt", "position", "startedAt", "userId", "watchedSeconds", "webinarId" FROM "WebinarProgress";
DROP TABLE "WebinarProgress";
ALTER TABLE "new_WebinarProgress" RENAME TO "WebinarProgress";
CREATE UNIQUE INDEX "WebinarProgress_userId_webinarId_key" ON "WebinarProgress"("userId", "webinarId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
