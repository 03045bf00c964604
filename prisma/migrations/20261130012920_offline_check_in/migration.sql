-- AlterTable
ALTER TABLE "Registration" ADD COLUMN "attendanceAt" DATETIME;

-- CreateTable
CREATE TABLE "CheckInChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL,
    "trainerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "registrationId" TEXT,
    "deviceTime" DATETIME NOT NULL,
    "recordedTime" DATETIME NOT NULL,
    "outcome" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "CheckInChange_sessionId_receivedAt_idx" ON "CheckInChange"("sessionId", "receivedAt");
