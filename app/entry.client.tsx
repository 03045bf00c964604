import { RemixBrowser } from "@remix-run/react";
import i18next from "i18next";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { i18nextOptions } from "~/platform/i18n/i18next-options";
import { DEFAULT_LANGUAGE, isLanguage } from "~/platform/i18n/languages";
import { loadTranslation } from "~/locales/load-translation";
import { decodePageData } from "~/platform/shell/decode-page-data";
import { quietAbortedRequests } from "~/platform/shell/quiet-aborted-requests";

async function hydrate() {
  const tag = document.documentElement.dataset.language;
  const language = isLanguage(tag) ? tag : DEFAULT_LANGUAGE;
  const [translation] = await Promise.all([loadTranslation(language), decodePageData()]);
  await i18next.use(initReactI18next).init({ ...i18nextOptions, lng: language, resources: { [language]: { translation } } });
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    );
  });
}

quietAbortedRequests();
void hydrate();
