import { db, type Tx } from "~/platform/db/db.server";
import { getDummyHash, hashPassword, verifyPassword } from "./password.server";
import type { ProfileInput } from "./schemas";
import { isUniqueViolation } from "~/platform/db/unique-violation.server";

export type PublicUser = {
  id: string;
  email: string;
  name: string;
  role: string;
  preferredLanguage: string;
  /** Null until the owner confirms the address by the mailed link. */
  emailVerifiedAt: Date | null;
};

export const publicFields = { id: true, email: true, name: true, role: true, preferredLanguage: true, emailVerifiedAt: true } as const;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserById(id: string): Promise<PublicUser | null> {
  return db.user.findUnique({ where: { id }, select: publicFields });
}

/** An account that may use the platform (not deactivated, not deleted), by its address. */
export async function findActiveUserByEmail(email: string): Promise<PublicUser | null> {
  return db.user.findFirst({ where: { email: normalizeEmail(email), deactivatedAt: null, deletedAt: null }, select: publicFields });
}

export type NewUser = ProfileInput & { email: string; password: string };

/**
 * Returns null when the email is already registered (also under a race).
 * The password is hashed first either way, so both answers take as long.
 */
export async function createUser(input: NewUser): Promise<PublicUser | null> {
  const { password, email, ...profile } = input;
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({
      data: { ...profile, email: normalizeEmail(email), passwordHash },
      select: publicFields,
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

export type LoginCheck = { status: "ok"; user: PublicUser } | { status: "failed" } | { status: "deactivated" };

/**
 * Checks a password without revealing, by timing, whether the account
 * exists. Only someone who knows the password learns that an account has
 * been deactivated.
 */
export async function verifyLogin(email: string, password: string): Promise<LoginCheck> {
  const user = await db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { ...publicFields, passwordHash: true, deactivatedAt: true, deletedAt: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
  if (!user || !valid || user.deletedAt) return { status: "failed" };
  if (user.deactivatedAt) return { status: "deactivated" };
  const { passwordHash: _hash, deactivatedAt: _deactivated, deletedAt: _deleted, ...publicUser } = user;
  return { status: "ok", user: publicUser };
}

/** Whether `password` is this user's current password. */
export async function checkPassword(userId: string, password: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
}

/** Stores a new password (hashed); the caller ends the sessions it should. */
export async function storePassword(userId: string, passwordHash: string, tx: Tx = db): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { passwordHash } });
}

export async function getProfile(id: string) {
  return db.user.findUniqueOrThrow({
    where: { id },
    select: { email: true, name: true, company: true, jobRole: true, phone: true, preferredLanguage: true, role: true, emailVerifiedAt: true },
  });
}

export async function updateProfile(id: string, profile: ProfileInput): Promise<void> {
  await db.user.update({ where: { id }, data: profile });
}
