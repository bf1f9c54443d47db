import { useContext, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { AppearanceContext } from './appearance';
import { withoutImages } from '@/lib/reader/appearance';
import type { Flag } from '@/lib/report';
import { sanitizeToFragment } from '@/lib/extract/sanitize';
import { clearHighlights, flagMarks, highlightFlags, FLAG_MARK_CLASS } from '@/lib/reader/highlight';
import { categoryStyleVars, categoryTier } from '@/lib/reader/categories';
import { categoryLabel, confidenceText, flagAriaLabel } from './words';
import { FlagMessage, Suggestions } from './FlagTools';
import { flagKey } from '@/lib/reader/dismissed';

interface Tip {
  flag: Flag;
  top: number;
  left: number;
}

/** Asks the article to focus (and scroll to) a flag; `seq` makes the same flag focusable twice. */
export interface FocusRequest {
  key: string;
  seq: number;
}

interface Props {
  html: string;
  /** The flags to highlight (the visible ones). */
  flags: Flag[];
  /** Key (flagKey) of the current flag, ringed. */
  currentKey?: string | null;
  /** A mark was focused (clicked, tabbed to): its flag becomes the current one. */
  onCurrent?: (key: string) => void;
  focusRequest?: FocusRequest | null;
  /** The article's own language and direction (lib/text/direction.ts), whatever the interface's. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** The sanitised article with each flag highlighted; its explanation shows on hover and focus. */
export function ArticleBody({ html, flags, currentKey = null, onCurrent, focusRequest = null, lang, dir }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  // Each mark's flag, set when the marks are drawn: handlers and effects read the
  // flag from the mark itself, never from a `flags` captured by an older render.
  const flagOfMark = useRef(new WeakMap<HTMLElement, Flag>());
  const { images } = useContext(AppearanceContext);

  // Layout effects, in this order, in the render's own task: article, marks, current mark, then focus.
  // The article itself: built once per page, so that changing the flags keeps its images and scroll.
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    // Sanitised again here: the report crossed a message boundary.
    // Images the reader turned off are taken out while the fragment is still inert: never requested.
    const fragment = images ? sanitizeToFragment(html, window) : withoutImages(sanitizeToFragment(html, window));
    for (const link of Array.from(fragment.querySelectorAll('a[href]'))) {
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    }
    element.replaceChildren(fragment);
  }, [html, images]);

  // The highlights: text nodes split into marks, labelled as text (never as HTML).
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    // A redraw must not lose the reader's place: the focused flag keeps the focus if it is still shown.
    const active = document.activeElement as HTMLElement | null;
    const focusedKey = active && element.contains(active) ? (active.dataset.flagKey ?? null) : null;
    clearHighlights(element);
    setTip(null);
    for (const mark of highlightFlags(element, flags)) {
      const flag = flags[Number(mark.dataset.flagIndex)];
      if (!flag) continue;
      flagOfMark.current.set(mark, flag);
      mark.dataset.flagKey = flagKey(flag);
      mark.dataset.category = flag.category;
      // The model tier draws a softer mark (reader.css).
      mark.dataset.tier = flag.tier ?? categoryTier(flag.category);
      mark.setAttribute('aria-label', flagAriaLabel(flag));
      mark.setAttribute('aria-describedby', 'flag-tip');
      for (const [name, value] of Object.entries(categoryStyleVars(flag.category))) mark.style.setProperty(name, value);
    }
    if (focusedKey) flagMarks(element, focusedKey)[0]?.focus({ preventScroll: true });
  }, [html, flags, images]);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    for (const mark of Array.from(element.querySelectorAll<HTMLElement>(`mark.${FLAG_MARK_CLASS}`)))
      mark.classList.toggle('current', currentKey !== null && mark.dataset.flagKey === currentKey);
  }, [html, flags, currentKey]);

  // A layout effect: the focus moves in the same task as the render that asked for it, so a key
  // pressed in between (Escape right after j) cannot be undone by a focus arriving late.
  useLayoutEffect(() => {
    const element = container.current;
    if (!element || !focusRequest) return;
    const [first] = flagMarks(element, focusRequest.key);
    if (!first) return;
    first.focus({ preventScroll: true });
    first.scrollIntoView({ block: 'center', inline: 'nearest' });
    showFor(first);
    // Only a new request moves the focus; a re-render with the same one must not.
    // Nothing else is read from the render: the marks (drawn by the effect above,
    // which runs first when the flags change in the same render) carry their flag.
  }, [focusRequest]);

  const showFor = (mark: HTMLElement) => {
    if (!container.current) return;
    const flag = flagOfMark.current.get(mark);
    if (!flag) return;
    const box = mark.getBoundingClientRect();
    const host = container.current.getBoundingClientRect();
    setTip({ flag, top: box.bottom - host.top + 6, left: Math.max(0, Math.min(box.left - host.left, host.width - 280)) });
  };
  const markOf = (event: Event) => (event.target as HTMLElement | null)?.closest?.(`mark.${FLAG_MARK_CLASS}`) as HTMLElement | null;
  const show = (event: Event) => {
    const mark = markOf(event);
    if (mark) showFor(mark);
  };
  const focus = (event: Event) => {
    const mark = markOf(event);
    if (!mark) return;
    showFor(mark);
    if (mark.dataset.flagKey) onCurrent?.(mark.dataset.flagKey);
  };
  const hide = (event: Event) => {
    const related = (event as MouseEvent | FocusEvent).relatedTarget as HTMLElement | null;
    if (related?.closest?.(`mark.${FLAG_MARK_CLASS}`)) return;
    if (event.type === 'mouseout') {
      if (!markOf(event)) return;
      // The pointer leaving a mark brings back the explanation of the focused one, if any.
      const focused = document.activeElement as HTMLElement | null;
      if (focused?.matches?.(`mark.${FLAG_MARK_CLASS}`) && container.current?.contains(focused)) return showFor(focused);
    }
    setTip(null);
  };

  return (
    <div class="article-wrap">
      <div
        class="article-body"
        data-testid="article"
        lang={lang}
        dir={dir}
        ref={container}
        onMouseOver={show}
        onFocusIn={focus}
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
          style={{ top: `${tip.top}px`, left: `${tip.left}px`, ...categoryStyleVars(tip.flag.category) }}
        >
          <div class="flag-category">{categoryLabel(tip.flag.category)}</div>
          {confidenceText(tip.flag) && <div class="flag-confidence">{confidenceText(tip.flag)}</div>}
          <FlagMessage flag={tip.flag} class="flag-message" element="div" />
          <Suggestions flag={tip.flag} block />
        </div>
      )}
    </div>
  );
}
