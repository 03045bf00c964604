-- AlterTable
ALTER TABLE "LiveWebinar" ADD COLUMN     "attendanceShare" INTEGER NOT NULL DEFAULT 50;

-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "minutesAttended" INTEGER;
