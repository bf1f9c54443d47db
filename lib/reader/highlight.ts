/**
 * Wraps the flagged ranges of an article in <mark> elements. Offsets are
 * into the article's block text (lib/dom/text.ts), so the same walk maps
 * them back onto the sanitised DOM. Only text nodes are split; no HTML
 * string is ever parsed here.
 */
import type { Flag } from '../report';
import { textWithMap } from '../dom/text';

interface Piece {
  node: Text;
  from: number;
  to: number;
  flagIndex: number;
}

export const FLAG_MARK_CLASS = 'unspun-flag';

/** Returns the marks created, in text order, each with data-flag-index. */
export function highlightFlags(root: Node, flags: readonly Flag[]): HTMLElement[] {
  const { segments } = textWithMap(root);
  const pieces: Piece[] = [];
  flags.forEach((flag, flagIndex) => {
    for (const segment of segments) {
      const length = segment.sourceOffsets.length;
      const from = Math.max(flag.start, segment.start) - segment.start;
      const to = Math.min(flag.end, segment.start + length) - segment.start;
      if (from >= to) continue;
      pieces.push({
        node: segment.node,
        from: segment.sourceOffsets[from]!,
        to: segment.sourceOffsets[to - 1]! + 1,
        flagIndex,
      });
    }
  });
  // Right to left within a node, so the offsets of pieces still to do stay valid.
  pieces.sort((a, b) => (a.node === b.node ? b.from - a.from : 0));
  const byNode = new Map<Text, Piece[]>();
  for (const piece of pieces) {
    const list = byNode.get(piece.node) ?? [];
    list.push(piece);
    byNode.set(piece.node, list);
  }
  const marks: HTMLElement[] = [];
  for (const [node, nodePieces] of byNode) {
    nodePieces.sort((a, b) => b.from - a.from);
    for (const piece of nodePieces) {
      const doc = node.ownerDocument;
      const middle = node.splitText(piece.from);
      middle.splitText(piece.to - piece.from);
      const mark = doc.createElement('mark');
      const flag = flags[piece.flagIndex]!;
      mark.className = `${FLAG_MARK_CLASS} flag-${flag.category}`;
      mark.dataset.flagIndex = String(piece.flagIndex);
      mark.tabIndex = 0;
      middle.parentNode!.replaceChild(mark, middle);
      mark.appendChild(middle);
      marks.push(mark);
    }
  }
  return marks.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/**
 * Takes the marks of highlightFlags out again, leaving the text as it was
 * (text nodes merged back), so that another set of flags can be highlighted
 * without rebuilding the article (its images stay loaded, the scroll stays).
 */
export function clearHighlights(root: ParentNode): void {
  const parents = new Set<Node>();
  for (const mark of Array.from(root.querySelectorAll(`mark.${FLAG_MARK_CLASS}`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}

/** The marks of the flag whose key (data-flag-key) is `key`, in text order. */
export function flagMarks(root: ParentNode, key: string): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`mark.${FLAG_MARK_CLASS}`)).filter((mark) => mark.dataset.flagKey === key);
}
