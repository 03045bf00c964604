-- CreateTable
CREATE TABLE "CheckpointAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "webinarId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "answeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CheckpointAnswer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CheckpointAnswer_webinarId_fkey" FOREIGN KEY ("webinarId") REFERENCES "Webinar" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CheckpointAnswer_webinarId_questionId_idx" ON "CheckpointAnswer"("webinarId", "questionId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckpointAnswer_userId_webinarId_questionId_key" ON "CheckpointAnswer"("userId", "webinarId", "questionId");
