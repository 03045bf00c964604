// Course vocabulary without the content schema (and so without zod): pages
// import it, and it keeps the validation library out of the browser bundle.
export const CATEGORIES = ["toys", "apparel", "electrical", "general"] as const;
export type Category = (typeof CATEGORIES)[number];
export const AUDIENCES = ["buyer", "sourcing", "manufacturer", "exporter"] as const;
export type Audience = (typeof AUDIENCES)[number];

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}
