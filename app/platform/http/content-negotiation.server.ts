import Negotiator from "negotiator";

/**
 * The media type among `offered` that the request's Accept header prefers
 * (q-values, wildcards and specificity as RFC 9110 says), the first offered
 * when there is no Accept header, or null when it accepts none of them.
 */
export function preferredMediaType<T extends string>(request: Request, offered: readonly [T, ...T[]]): T | null {
  const accept = request.headers.get("Accept") ?? undefined;
  const choice = new Negotiator({ headers: { accept } }).mediaType([...offered]);
  return (choice as T | undefined) ?? null;
}
