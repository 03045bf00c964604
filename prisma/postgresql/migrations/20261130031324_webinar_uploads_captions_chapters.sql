-- AlterTable
ALTER TABLE "User" ADD COLUMN     "captionMode" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Webinar" ADD COLUMN     "captionFiles" TEXT NOT NULL DEFAULT '{}',
ADD COLUMN     "chapterList" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'files',
ADD COLUMN     "published" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "stream" TEXT;

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "progress" DOUBLE PRECISION;
