import { z } from "zod";

/**
 * In the browser, zod must not compile its object parsers with `new
 * Function`: the Content-Security-Policy forbids eval (decision 0016), and
 * even zod's guarded probe for it is reported as a violation. Imported first
 * by root.tsx, so it runs before any route module builds a schema. The server
 * keeps zod's faster compiled parsers.
 */
if (typeof document !== "undefined") z.config({ jitless: true });
