import type { InitOptions } from "i18next";
import { LANGUAGES } from "./languages";

/** Options shared by the server and browser i18next instances. */
export const i18nextOptions = {
  supportedLngs: [...LANGUAGES],
  fallbackLng: false,
  defaultNS: "translation",
  ns: ["translation"],
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
} satisfies InitOptions;
