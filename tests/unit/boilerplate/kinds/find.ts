/** Shared by the classifier tests: classify a snippet placed in or around a real article. */
import { findBoilerplate, type BoilerplateMatch } from '@/lib/boilerplate/classify';
import type { BoilerplateKind } from '@/lib/report';
import { articlePage, documentFrom } from '../../helpers';

export interface Classified {
  doc: Document;
  matches: BoilerplateMatch[];
  /** Kind of the match whose element has this id, null when that element is not boilerplate. */
  kindOf(id: string): BoilerplateKind | null;
  /** Whether any match is, holds or sits inside one of the article's own paragraphs. */
  touchesArticle(): boolean;
}

/** `inside` goes into the article body after its paragraphs, `around` after <main>. */
export function classify(inside: string, around = ''): Classified {
  const doc = documentFrom(articlePage(inside, around));
  const matches = findBoilerplate(doc);
  const paragraphs = Array.from(doc.querySelectorAll('.entry-content > p')).filter((p) => p.textContent?.startsWith('Paragraph '));
  if (paragraphs.length !== 4) throw new Error('articlePage() changed shape');
  return {
    doc,
    matches,
    kindOf: (id) => matches.find((match) => match.element.id === id)?.kind ?? null,
    touchesArticle: () => matches.some((match) => paragraphs.some((p) => match.element.contains(p) || p.contains(match.element))),
  };
}

/** Prose long enough to count as an article paragraph. */
export const PROSE =
  'the council voted late on Tuesday to close the old bridge for repairs, and residents on both banks said they would have to drive an extra twenty minutes to reach the market.';
