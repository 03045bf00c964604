// Keys are not typed through i18next's resources option: with a few hundred
// keys its key-union types made `tsc` take over ten minutes. `npm run
// i18n:check` fails instead when code uses a key missing from either language.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
  }
}

export {};
