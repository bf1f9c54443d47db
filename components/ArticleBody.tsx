import { useEffect, useRef, useState } from 'preact/hooks';
import type { Flag } from '@/lib/report';
import { sanitizeToFragment } from '@/lib/extract/sanitize';
import { highlightFlags, FLAG_MARK_CLASS } from '@/lib/reader/highlight';

const CATEGORY_NAMES: Record<string, string> = {
  untranslated: 'Untranslated',
  transliteration: 'Name spelling',
  'false-friend': 'False friend',
  calque: 'Calque',
  'literal-idiom': 'Literal idiom',
  'wrong-institution-name': 'Wrong institution name',
  grammar: 'Grammar',
  garbled: 'Garbled',
  punctuation: 'Punctuation',
};

interface Tip {
  flag: Flag;
  top: number;
  left: number;
}

/** The sanitised article with each flag highlighted; its explanation shows on hover and focus. */
export function ArticleBody({ html, flags }: { html: string; flags: Flag[] }) {
  const container = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // Sanitised again here: the report crossed a message boundary.
    const fragment = sanitizeToFragment(html, window);
    highlightFlags(fragment, flags);
    for (const link of Array.from(fragment.querySelectorAll('a[href]'))) {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    }
    element.replaceChildren(fragment);
    for (const mark of Array.from(element.querySelectorAll<HTMLElement>(`mark.${FLAG_MARK_CLASS}`))) {
      const flag = flags[Number(mark.dataset.flagIndex)];
      if (flag)
        mark.setAttribute(
          'aria-label',
          `${mark.textContent ?? ''}: ${flag.message}${flag.suggestion ? ` Suggestion: ${flag.suggestion}` : ''}`,
        );
      mark.setAttribute('aria-describedby', 'flag-tip');
    }
  }, [html, flags]);

  const show = (event: Event) => {
    const mark = (event.target as HTMLElement | null)?.closest?.(`mark.${FLAG_MARK_CLASS}`) as HTMLElement | null;
    if (!mark || !container.current) return;
    const flag = flags[Number(mark.dataset.flagIndex)];
    if (!flag) return;
    const box = mark.getBoundingClientRect();
    const host = container.current.getBoundingClientRect();
    setTip({ flag, top: box.bottom - host.top + 6, left: Math.max(0, Math.min(box.left - host.left, host.width - 280)) });
  };
  const hide = (event: Event) => {
    const related = (event as FocusEvent).relatedTarget as HTMLElement | null;
    if (related?.closest?.(`mark.${FLAG_MARK_CLASS}`)) return;
    setTip(null);
  };

  return (
    <div class="article-wrap">
      <div
        class="article-body"
        data-testid="article"
        ref={container}
        onMouseOver={show}
        onFocusIn={show}
        onMouseOut={hide}
        onFocusOut={hide}
        onKeyDown={(event) => event.key === 'Escape' && setTip(null)}
      />
      {tip && (
        <div
          class={`flag-tip flag-${tip.flag.category}`}
          id="flag-tip"
          role="tooltip"
          data-testid="flag-tip"
          style={{ top: `${tip.top}px`, left: `${tip.left}px` }}
        >
          <div class="flag-category">{CATEGORY_NAMES[tip.flag.category] ?? tip.flag.category}</div>
          <div class="flag-message">{tip.flag.message}</div>
          {tip.flag.suggestion && (
            <div class="flag-suggestion">
              Suggestion: <strong>{tip.flag.suggestion}</strong>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

export { CATEGORY_NAMES };
