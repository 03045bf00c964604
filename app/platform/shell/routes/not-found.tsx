import type { LoaderFunctionArgs } from "@remix-run/node";

/** Any unknown path below `/{lng}/` renders the localized 404 page. */
export async function loader(_args: LoaderFunctionArgs): Promise<never> {
  throw new Response("Not Found", { status: 404 });
}

export async function action(_args: LoaderFunctionArgs): Promise<never> {
  throw new Response("Not Found", { status: 404 });
}

/** Never rendered (the loader always throws); its presence makes this a page route, not a resource route. */
export default function NotFound() {
  return null;
}
