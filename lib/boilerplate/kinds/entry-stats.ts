/**
 * A blog or forum entry's counters set as a line of labelled fields ("Aufrufe:
 * 1120 | Hinzugefügt von: Posh | Tags: … | Rating: 0.0/0", "Views: 312 ·
 * Comments: 4", "Kommentare insgesamt: 0"), as site builders and forum
 * software print them under each entry, often in a layout table's cell: the
 * entry's statistics, which the reader does not show. The counter labels,
 * per language, are in lib/data/boilerplate-phrases (entryStats); a line of
 * them is asked of table cells too (BoilerplateClassifier.cells). A block
 * that is only a time or a date ("3:59 PM", "26.10.2010") inside a title
 * line is the entry's timestamp set beside its title; alone in a table cell
 * or over a live ticker's entry it is a timetable's or the ticker's text.
 */
import type { BoilerplateClassifier } from '../kind';
import { entryStatLabels } from '../phrases';
import { escapeRegExp } from '../../text/match';
import { isBlockElement, visibleText } from '../../dom/text';
import { wording } from '../../wording';

/** "Aufrufe: 1120", "Views 312": a counter label and its count. */
const COUNTER = new RegExp(
  `^(?:${entryStatLabels()
    .sort((a, b) => b.length - a.length)
    .map((label) => escapeRegExp(label).replace(/ /g, '\\s+'))
    .join('|')})\\s*:?\\s*\\d[\\d.,/]*$`,
  'iu',
);

/** "Tags: Denken, Bilder", "Hinzugefügt von: Posh": any other field of the line, a short label and a value. */
const FIELD = /^[\p{L}][\p{L} .-]{0,30}:\s*\S/u;

/** Fields are set apart by bars, middle dots or bullets. */
const SEPARATOR = /\s*[|·•]\s*/;

/** "3:59 PM", "15:59", "26.10.2010", "2010-10-26 15:59": a time or a date, nothing else. */
const TIMESTAMP =
  /^(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?)?$/iu;

const BLOCKS = new Set(['td', 'th', 'div', 'p', 'span', 'small', 'li', 'footer']);
const CELLS = new Set(['td', 'th']);
/** A title line with its timestamp: longer is an entry with its text (a live ticker's). */
const MAX_TITLE_LINE = 160;
/** A line of counters; a paragraph that talks about views and comments is longer. */
const MAX_LENGTH = 250;

/**
 * The element's own line: its text without the blocks inside it. A cell
 * holds its counters beside a rating widget ("1 2 3 4 5" stars as a list).
 */
function ownLine(element: Element): string {
  let text = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += (child as Text).data;
    else if (child.nodeType === 1 && !isBlockElement(child as Element)) text += ` ${visibleText(child)} `;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Most of the element's text is its own line: what the blocks beside it hold is a widget, not text. */
const OWN_LINE_SHARE = 0.8;

export const entryStats: BoilerplateClassifier = {
  kind: 'article-meta',
  cells: true,
  classify(element, context) {
    if (!BLOCKS.has(element.localName)) return null;
    const length = context.textLength(element);
    if (length === 0 || length > MAX_LENGTH || context.count(element, 'media') > 0) return null;
    const text = ownLine(element);
    if (text.length < length * OWN_LINE_SHARE) return null;
    if (TIMESTAMP.test(text)) {
      const line = element.parentElement;
      const besideTitle =
        !CELLS.has(element.localName) && !!line && context.textLength(line) <= MAX_TITLE_LINE && context.textLength(line) > length;
      return besideTitle ? wording('removed_timestamp', { text }) : null;
    }
    const fields = text.split(SEPARATOR).filter(Boolean);
    const counter = fields.find((field) => COUNTER.test(field));
    // Every field labelled, one of them a counter: "Kommentare insgesamt: 0" alone is one too.
    if (!counter || !fields.every((field) => field === counter || COUNTER.test(field) || FIELD.test(field))) return null;
    return wording('removed_entryStats', { text: counter });
  },
};
