import type { Flag } from '../../report';
import type { FlagRule } from '../rule';

// A dash that opens a sentence (paragraph start or after a full stop), followed by speech.
const OPENING_DASH = /(?:^|(?<=[.!?…:]\s{1,3})|(?<=\n))[–—]\s+(?=\p{Lu})/gmu;

/** Speech opened with a dash, the Slavic convention, where English uses quotation marks. */
export const dialogueDash: FlagRule = {
  id: 'dialogue-dash',
  run({ text }) {
    const flags: Flag[] = [];
    for (const match of text.matchAll(OPENING_DASH)) {
      const start = match.index;
      // Highlight the quoted sentence, so the reader sees what the dash opens.
      const rest = text.slice(start + match[0].length);
      const sentenceEnd = rest.search(/[.!?…](?=\s|$)|\n/);
      const length = Math.min(sentenceEnd === -1 ? rest.length : sentenceEnd + 1, 160);
      const end = start + match[0].length + length;
      flags.push({
        start,
        end,
        text: text.slice(start, end),
        ruleId: 'punctuation/dialogue-dash',
        category: 'punctuation',
        message: 'A dash opens this quotation, as Polish, Russian, Ukrainian and Czech texts do; English puts speech in quotation marks, so the words may be someone’s quote.',
        suggestion: `“${text.slice(start + match[0].length, end).trim()}”`,
      });
    }
    return flags;
  },
};
