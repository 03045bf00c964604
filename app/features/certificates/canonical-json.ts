import canonicalize from "canonicalize";

/**
 * JSON Canonicalization Scheme (RFC 8785), by the reference implementation of
 * the RFC's author (`canonicalize`, decision 0027): keys sorted by UTF-16 code
 * units, no whitespace, strings and numbers as ECMAScript serializes them.
 * Signing canonical bytes means a verifier that re-serializes the same data
 * gets the same bytes. A value JSON cannot hold is an error, never a silent
 * `undefined` that would be signed as text.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError(`canonicalJson: cannot serialize ${typeof value}`);
  return text;
}
