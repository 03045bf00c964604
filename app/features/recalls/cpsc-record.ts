import { z } from "zod";
import { withoutHiddenCharacters } from "~/platform/text/hidden-characters";

/**
 * One recall in the shape the CPSC recalls web service returns
 * (RecallNumber, RecallDate, Title, Products, Hazards, Remedies,
 * ManufacturerCountries, URL, …). Unknown fields are ignored. `Sample` is
 * this platform's own addition: true marks invented demonstration data.
 * Invisible control characters in a file's text are dropped on import.
 */
const text = z.string().transform(withoutHiddenCharacters).pipe(z.string().trim().min(1).max(4000));
const optionalText = z.string().transform(withoutHiddenCharacters).pipe(z.string().trim().max(4000)).optional().catch(undefined);

export const cpscRecallSchema = z.object({
  RecallNumber: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,40}$/),
  RecallDate: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .refine((value) => !Number.isNaN(Date.parse(`${value.slice(0, 10)}T00:00:00Z`))),
  Title: text,
  Description: optionalText,
  URL: z.url({ protocol: /^https?$/ }),
  Products: z
    .array(
      z.object({
        Name: text,
        Description: optionalText,
        Type: optionalText,
        NumberOfUnits: optionalText,
      }),
    )
    .min(1),
  Hazards: z.array(z.object({ Name: text, HazardType: optionalText })).min(1),
  Remedies: z.array(z.object({ Name: text })).min(1),
  ManufacturerCountries: z.array(z.object({ Country: text })).default([]),
  Sample: z.boolean().default(false),
});
export type CpscRecall = z.output<typeof cpscRecallSchema>;
