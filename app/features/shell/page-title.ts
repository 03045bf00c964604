import type { MetaFunction } from "@remix-run/node";

/** Routes whose loader returns a translated `title` use this as their `meta`. */
export const titleFromLoader: MetaFunction = ({ data }) => {
  const title = (data as { title?: unknown } | undefined)?.title;
  return typeof title === "string" ? [{ title }] : [];
};
