import pino from "pino";

/** The production server's structured JSON log on stdout. */
export const log = pino({ level: process.env.LOG_LEVEL ?? "info", base: undefined });
