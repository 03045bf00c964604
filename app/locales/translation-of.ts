/**
 * The shape every other language must match: same keys as English, string
 * values. A key missing in one language is a type error.
 */
export type TranslationOf<T> = {
  [K in keyof T]: T[K] extends string ? string : TranslationOf<T[K]>;
};
