import { createCookie } from "@remix-run/node";
import { isLanguage, languageInPath, type Language } from "./languages";

/** Remembers the language a visitor last chose; read by `/` and error pages. */
export const languageCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/**
 * Adds a Set-Cookie header when the request's path names a language other
 * than the remembered one, so switching language is remembered.
 */
export async function rememberLanguage(request: Request, headers: Headers): Promise<void> {
  const language = languageInPath(new URL(request.url).pathname);
  if (!language) return;
  const remembered = await readLanguageCookie(request);
  if (remembered !== language) headers.append("Set-Cookie", await languageCookie.serialize(language));
}

export async function readLanguageCookie(request: Request): Promise<Language | null> {
  const value: unknown = await languageCookie.parse(request.headers.get("Cookie"));
  return isLanguage(value) ? value : null;
}
