-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "company" TEXT NOT NULL DEFAULT '',
    "jobRole" TEXT NOT NULL DEFAULT 'other',
    "phone" TEXT NOT NULL DEFAULT '',
    "preferredLanguage" TEXT NOT NULL DEFAULT 'zh',
    "role" TEXT NOT NULL DEFAULT 'learner',
    "bulletinSubscribed" BOOLEAN NOT NULL DEFAULT false,
    "captionMode" TEXT NOT NULL DEFAULT '',
    "emailVerifiedAt" DATETIME,
    "deactivatedAt" DATETIME,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("bulletinSubscribed", "company", "createdAt", "deactivatedAt", "deletedAt", "email", "emailVerifiedAt", "id", "jobRole", "name", "passwordHash", "phone", "preferredLanguage", "role", "updatedAt") SELECT "bulletinSubscribed", "company", "createdAt", "deactivatedAt", "deletedAt", "email", "emailVerifiedAt", "id", "jobRole", "name", "passwordHash", "phone", "preferredLanguage", "role", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
