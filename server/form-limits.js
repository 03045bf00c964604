// Form bodies are read here, once, before the app parses them: a form with
// more fields than any page of ours sends is refused unread (decision 0015).
// The count is a byte scan (separators or part boundaries), linear in the
// body, so the refusal costs next to nothing whatever the body holds.
import express from "express";
import contentType from "content-type";

/** More fields than the largest form here (a session's trainer checkboxes, a quiz) ever sends. */
export const MAX_FORM_FIELDS = 1000;

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * Express middleware: buffers a form body (the body size was checked before)
 * into `req.body` as a Buffer, for the Remix handler to pass on.
 */
export const bufferFormBody = express.raw({ type: FORM_TYPES, limit: "1mb" });

/**
 * How many fields (urlencoded pairs or multipart parts) a buffered form body
 * holds, counted without parsing it; null when the body is not a form.
 * @param {string | undefined} type the Content-Type header
 * @param {Buffer} body
 * @returns {number | null}
 */
export function countFormFields(type, body) {
  let parsed;
  try {
    parsed = contentType.parse(type ?? "");
  } catch {
    return null;
  }
  if (parsed.type === "application/x-www-form-urlencoded") return body.length === 0 ? 0 : occurrences(body, "&") + 1;
  if (parsed.type === "multipart/form-data" && parsed.parameters.boundary) {
    // Every part starts with a delimiter line; the closing one adds one more.
    return Math.max(0, occurrences(body, `--${parsed.parameters.boundary}`) - 1);
  }
  return null;
}

/**
 * Express middleware after `bufferFormBody`: refuses a form with too many
 * fields with 413 and the given message.
 * @param {(req: import("express").Request) => string} message
 * @returns {import("express").RequestHandler}
 */
export function refuseCrowdedForms(message) {
  return (req, res, next) => {
    if (!Buffer.isBuffer(req.body)) return next();
    const fields = countFormFields(req.get("content-type"), req.body);
    if (fields === null || fields <= MAX_FORM_FIELDS) return next();
    res.status(413).type("text/plain; charset=utf-8").send(message(req));
  };
}

/** @param {Buffer} body @param {string} text */
function occurrences(body, text) {
  let count = 0;
  for (let at = body.indexOf(text); at !== -1; at = body.indexOf(text, at + text.length)) count += 1;
  return count;
}
