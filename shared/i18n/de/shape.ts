/**
 * The shape a translation of an English module must have: the same nesting, a string wherever English has one.
 * Partial, so that a key English gains later falls back to English at run time instead of breaking the build;
 * test/unit/i18n-de.test.ts insists on completeness.
 */
export type TranslationOf<T> = { readonly [K in keyof T]?: T[K] extends string ? string : TranslationOf<T[K]> };
