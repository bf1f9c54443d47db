/**
 * An author box about something the article never touches (a video-game
 * bio under a war report): content farms invent a few "authors" and put
 * them under every translated post. Weak on its own: honest bios mention
 * hobbies too.
 */
import type { Signal } from '../signal';
import { told } from '../signal';
import { wording } from '../../wording';
import { mayContain, phrasePattern } from '../../text/match';
import data from '../data/bio-topics.json';

const TOPICS = Object.entries(data.topics as Record<string, string[]>).map(([name, terms]) => ({ name, terms }));

/** A term's pattern is built only once its first word is seen (building RegExps when report.js loads costs). */
const patterns = new Map<string, RegExp>();
function mentions(text: string, terms: readonly string[]): boolean {
  return terms.some((term) => {
    if (!mayContain(text, term)) return false;
    let pattern = patterns.get(term);
    if (!pattern) patterns.set(term, (pattern = phrasePattern(term, false, false)));
    return pattern.test(text);
  });
}

/** Below this the article is too short to say what it is about. */
const MIN_ARTICLE_WORDS = 150;

export const authorBioTopic: Signal = {
  id: 'author-bio-topic',
  englishOnly: true,
  answers: 'translation',
  run({ text, blocks }) {
    const bios = (blocks ?? []).filter((block) => block.kind === 'author-box').map((block) => block.text);
    if (bios.length === 0 || (text.match(/\p{L}+/gu)?.length ?? 0) < MIN_ARTICLE_WORDS) return null;
    const offTopic = new Set<string>();
    for (const bio of bios) {
      for (const topic of TOPICS) {
        if (mentions(bio, topic.terms) && !mentions(text, topic.terms)) offTopic.add(topic.name);
      }
    }
    if (offTopic.size === 0) return null;
    return {
      weight: 0.2,
      // The topics are the data's own names (lib/detect/data/bio-topics.json), in English.
      ...told(wording('reason_authorBioTopic', { topics: { list: [...offTopic], join: 'and', max: 3 } })),
    };
  },
};
