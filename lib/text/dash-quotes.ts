/**
 * Speech opened with a dash ("– Overall, it's time to go home, said Putin"):
 * the convention of Polish, Russian, Ukrainian and Czech news that English
 * replaces with quotation marks. A dash-led list item or a tweet's "— Name
 * (@handle)" attribution is not speech: the dash must open a sentence that a
 * speech verb closes.
 */

const DASH_SPEECH =
  /(?<=^|[.!?…:]\s{1,20}|\n)[–—]\s+(?=\p{Lu})([^\n]{0,400}?)[,.!?]\s*(?:[–—]\s*)?(?:said|says|added|asked|stated|explained|noted|told|wrote|stressed|emphasized|emphasised|declared|replied|announced|admitted|assured|argued)\b/gu;

export interface DashQuote {
  /** Offset of the dash. */
  start: number;
  /** End of the first quoted sentence (what a reader would put in quotation marks). */
  end: number;
  /** The quoted words without the dash. */
  quote: string;
}

export function findDashQuotes(text: string): DashQuote[] {
  const quotes: DashQuote[] = [];
  for (const match of text.matchAll(DASH_SPEECH)) {
    const start = match.index;
    const afterDash = start + (match[0].match(/^[–—]\s+/)?.[0].length ?? 1);
    const rest = text.slice(afterDash, start + match[0].length);
    const sentenceEnd = rest.search(/[.!?…](?=\s|$)/);
    const end = afterDash + (sentenceEnd === -1 ? (match[1]?.length ?? 0) + 1 : sentenceEnd + 1);
    quotes.push({ start, end, quote: text.slice(afterDash, end).trim() });
  }
  return quotes;
}
