-- CreateTable
CREATE TABLE "LivePoll" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "webinarId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "choices" TEXT NOT NULL,
    "graded" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "resultsShown" BOOLEAN NOT NULL DEFAULT false,
    "secondsIntoLive" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "LivePollAnswer" (
    "pollId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "choices" TEXT NOT NULL,
    "correct" BOOLEAN,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("pollId", "userId")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LiveEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "webinarId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "audience" TEXT NOT NULL DEFAULT 'all',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_LiveEvent" ("createdAt", "id", "kind", "payload", "webinarId") SELECT "createdAt", "id", "kind", "payload", "webinarId" FROM "LiveEvent";
DROP TABLE "LiveEvent";
ALTER TABLE "new_LiveEvent" RENAME TO "LiveEvent";
CREATE INDEX "LiveEvent_webinarId_id_idx" ON "LiveEvent"("webinarId", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "LivePoll_webinarId_idx" ON "LivePoll"("webinarId");
