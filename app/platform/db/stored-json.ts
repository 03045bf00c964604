import type { z } from "zod";
import { memoizeByText } from "~/platform/text/memoize-by-text";

/**
 * A reader for JSON kept in a text column and validated by a schema; the same
 * text is parsed once per process. The parsed value is shared: read-only.
 */
export function storedJsonReader<T>(schema: z.ZodType<T>): (text: string) => T {
  return memoizeByText((text) => schema.parse(JSON.parse(text)), 200);
}
