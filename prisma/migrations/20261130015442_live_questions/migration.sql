-- CreateTable
CREATE TABLE "LiveEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "webinarId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "LiveQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "webinarId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "votes" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'open',
    "answer" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" DATETIME
);

-- CreateTable
CREATE TABLE "LiveQuestionVote" (
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("questionId", "userId")
);

-- CreateTable
CREATE TABLE "LiveMute" (
    "webinarId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("webinarId", "userId")
);

-- CreateIndex
CREATE INDEX "LiveEvent_webinarId_id_idx" ON "LiveEvent"("webinarId", "id");

-- CreateIndex
CREATE INDEX "LiveQuestion_webinarId_status_idx" ON "LiveQuestion"("webinarId", "status");
