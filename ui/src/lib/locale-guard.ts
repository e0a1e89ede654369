// Imported first by main.ts, before any module that formats numbers or dates at load time (uPlot does).
// WebKitGTK reports the POSIX locale as navigator.language ("C") when the session runs with LANG=C or no
// LANG at all, and Intl rejects that tag with a RangeError, which would leave a blank window. Such a
// session gets a neutral English locale instead.

export function isValidLocale(tag: unknown): tag is string {
  if (typeof tag !== 'string' || tag.length === 0) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export function usableLanguages(languages: readonly unknown[]): string[] {
  const usable = languages.filter(isValidLocale);
  return usable.length > 0 ? usable : ['en-US'];
}

if (typeof navigator !== 'undefined' && !isValidLocale(navigator.language)) {
  const languages = usableLanguages(Array.from(navigator.languages ?? []));
  Object.defineProperty(navigator, 'language', { value: languages[0], configurable: true });
  Object.defineProperty(navigator, 'languages', { value: Object.freeze(languages), configurable: true });
}
