-- CreateTable
CREATE TABLE "LiveRecording" (
    "id" TEXT NOT NULL,
    "liveWebinarId" TEXT NOT NULL,
    "webinarId" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "part" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveRecording_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LiveRecording_webinarId_key" ON "LiveRecording"("webinarId");

-- CreateIndex
CREATE UNIQUE INDEX "LiveRecording_file_key" ON "LiveRecording"("file");

-- CreateIndex
CREATE INDEX "LiveRecording_liveWebinarId_idx" ON "LiveRecording"("liveWebinarId");
