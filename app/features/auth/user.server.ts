import { db } from "~/features/server/db.server";
import { getDummyHash, hashPassword, verifyPassword } from "./password.server";
import type { ProfileInput } from "./schemas";

export type PublicUser = {
  id: string;
  email: string;
  name: string;
  role: string;
  preferredLanguage: string;
};

const publicFields = { id: true, email: true, name: true, role: true, preferredLanguage: true } as const;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserById(id: string): Promise<PublicUser | null> {
  return db.user.findUnique({ where: { id }, select: publicFields });
}

export async function emailIsTaken(email: string): Promise<boolean> {
  return (await db.user.count({ where: { email: normalizeEmail(email) } })) > 0;
}

export type NewUser = ProfileInput & { email: string; password: string };

/** Returns null when the email is already registered (also under a race). */
export async function createUser(input: NewUser): Promise<PublicUser | null> {
  const { password, email, ...profile } = input;
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({
      data: { ...profile, email: normalizeEmail(email), passwordHash },
      select: publicFields,
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return null;
    throw error;
  }
}

/** Checks a password without revealing, by timing, whether the account exists. */
export async function verifyLogin(email: string, password: string): Promise<PublicUser | null> {
  const user = await db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { ...publicFields, passwordHash: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
  if (!user || !valid) return null;
  const { passwordHash: _hash, ...publicUser } = user;
  return publicUser;
}

export async function getProfile(id: string) {
  return db.user.findUniqueOrThrow({
    where: { id },
    select: { email: true, name: true, company: true, jobRole: true, phone: true, preferredLanguage: true, role: true },
  });
}

export async function updateProfile(id: string, profile: ProfileInput): Promise<void> {
  await db.user.update({ where: { id }, data: profile });
}
