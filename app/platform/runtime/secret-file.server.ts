import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "./env.server";

/**
 * Reads a secret kept in the data folder, creating it on first use. Every app
 * process that shares the data folder shares the secret. `wx` makes creation
 * atomic when several processes start at once.
 */
export function readOrCreateSecret(fileName: string, create: () => string = randomSecret): string {
  const file = path.join(dataDir, fileName);
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) {
    // Written whole to a temporary file, then linked into place: a process
    // starting at the same moment never reads a half-written secret.
    const temporary = `${file}.${process.pid}.${crypto.randomUUID()}`;
    fs.writeFileSync(temporary, create(), { mode: 0o600 });
    try {
      fs.linkSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      fs.rmSync(temporary, { force: true });
    }
  }
  return fs.readFileSync(file, "utf8").trim();
}

function randomSecret(): string {
  return crypto.randomBytes(32).toString("base64url");
}
