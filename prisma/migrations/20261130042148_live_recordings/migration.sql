-- CreateTable
CREATE TABLE "LiveRecording" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "liveWebinarId" TEXT NOT NULL,
    "webinarId" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "part" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "endedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "LiveRecording_webinarId_key" ON "LiveRecording"("webinarId");

-- CreateIndex
CREATE UNIQUE INDEX "LiveRecording_file_key" ON "LiveRecording"("file");

-- CreateIndex
CREATE INDEX "LiveRecording_liveWebinarId_idx" ON "LiveRecording"("liveWebinarId");
