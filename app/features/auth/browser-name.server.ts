import Bowser from "bowser";

/**
 * "Chrome 120 on Windows": enough for a person to recognise their own
 * devices in the list of sessions, without keeping the whole user-agent
 * string.
 */
export function describeBrowser(userAgent: string | null): string {
  if (!userAgent) return "";
  const { browser, os } = Bowser.parse(userAgent.slice(0, 500));
  const name = [browser.name, browser.version?.split(".")[0]].filter(Boolean).join(" ");
  const system = os.name ?? "";
  return (name && system ? `${name} · ${system}` : name || system).slice(0, 100);
}
