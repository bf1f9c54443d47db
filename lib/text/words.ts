/**
 * English words and sentences as the style statistics count them: letters
 * with inner apostrophes ("don't", "O’Brien") or hyphens, digits apart.
 */

const WORD = /[\p{L}]+(?:[’'][\p{L}]+)*(?:-[\p{L}]+)*/gu;

/** The words of `text`, as written (apostrophes made straight). */
export function words(text: string): string[] {
  return text.replace(/’/g, "'").match(WORD) ?? [];
}

/**
 * Sentences of `text`: ends at . ! ? (and a closing quote or bracket after
 * them) before a space and a capital, digit or opening quote, or at a line break.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…][”"’')\]]?)\s+(?=[\p{Lu}\p{N}“"‘'(])|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
}
