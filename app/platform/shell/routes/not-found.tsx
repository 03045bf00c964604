import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/platform/http/responses";

/** Any unknown path below `/{lng}/` renders the localized 404 page. */
export async function loader(_args: LoaderFunctionArgs): Promise<never> {
  throw notFound();
}

export async function action(_args: LoaderFunctionArgs): Promise<never> {
  throw notFound();
}

/** Never rendered (the loader always throws); its presence makes this a page route, not a resource route. */
export default function NotFound() {
  return null;
}
