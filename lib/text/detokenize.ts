/**
 * Moses-tokenised English ("hadn 't", "word .", "( see )") back to running
 * text, with where each token landed: corpora of machine translation are
 * tokenised, the browser reads running text, and a token's tag must follow it
 * to its characters. bench/mt-real.ts keeps a detokenizer of its own, the
 * one the text model was trained with (see there why both stay).
 */

export interface Detokenized {
  text: string;
  /** [start, end) of each token in `text`. */
  spans: Array<[number, number]>;
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]}%…]|\.\.+|'(?:s|t|re|ve|ll|d|m|clock)|n't)$/i;
const NO_SPACE_AFTER = /^[([{$£€]$/;
const QUOTE = /^["'“”‘’«»]$/;

export function detokenize(tokens: readonly string[]): Detokenized {
  let text = '';
  const spans: Array<[number, number]> = [];
  let glueNext = true;
  let openQuote = false;
  for (const token of tokens) {
    let glue = glueNext || NO_SPACE_BEFORE.test(token);
    glueNext = NO_SPACE_AFTER.test(token);
    if (QUOTE.test(token)) {
      // Straight quotes open and close in turn: no space inside them.
      if (openQuote) glue = true;
      else glueNext = true;
      openQuote = !openQuote;
    }
    if (!glue) text += ' ';
    spans.push([text.length, text.length + token.length]);
    text += token;
  }
  return { text, spans };
}
