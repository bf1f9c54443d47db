/**
 * A language's English name ("pl" → "Polish") as the runtime's own language
 * names give it (the browser's, or Node's ICU), the code itself where they
 * have none. The popup's verdict names the source language with this, so
 * that it need not load every language profile's data (lib/language/profiles.ts)
 * for one name; the profiles' own names are the same.
 */
// Made on first use: a module-level `new` is a side effect the bundler keeps in every bundle that imports this
// (the content script's cleanup reaches it through lib/wording-english.ts).
let displayNames: Intl.DisplayNames | null | undefined;

export function englishLanguageName(code: string): string {
  displayNames ??= typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;
  try {
    return displayNames?.of(code) ?? code;
  } catch {
    return code;
  }
}
