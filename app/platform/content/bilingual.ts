import { z } from "zod";

/** Text in both languages; a missing or empty language is an error. */
export const bilingual = z.object(
  {
    zh: z.string({ error: "missing Chinese (zh) text" }).trim().min(1, "empty Chinese (zh) text"),
    en: z.string({ error: "missing English (en) text" }).trim().min(1, "empty English (en) text"),
  },
  { error: "needs text in zh and en" },
);
export type Bilingual = z.infer<typeof bilingual>;

/** A name in a URL: lowercase letters, digits and single hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and hyphens");
