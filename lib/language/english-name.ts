/**
 * A language's English name ("pl" → "Polish") as the runtime's own language
 * names give it (the browser's, or Node's ICU), the code itself where they
 * have none. The popup's verdict names the source language with this, so
 * that it need not load every language profile's data (lib/language/profiles.ts)
 * for one name; the profiles' own names are the same.
 */
const displayNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;

export function englishLanguageName(code: string): string {
  try {
    return displayNames?.of(code) ?? code;
  } catch {
    return code;
  }
}
