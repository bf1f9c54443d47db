/**
 * Moving between the flags of the reader with the keyboard: `j` / `n` /
 * Alt+↓ go to the next flag, `k` / `p` / Alt+↑ to the previous one. Keys
 * typed into a field, with Ctrl or ⌘, or while an input method composes,
 * are left alone. Pure: the reader only listens and focuses.
 */

export type FlagMove = 'next' | 'previous';

/** What the reader needs to know of a keydown. */
export interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
  target?: EventTarget | null;
}

/**
 * The keys of each move, as `[Alt+]KeyboardEvent.key`: what flagMoveFor
 * answers to, and what the reader's hint and the bar's button titles show
 * (components/words.ts, flagKeysText). The README lists them by hand: keep it in step.
 */
export const FLAG_KEYS: Readonly<Record<FlagMove, readonly string[]>> = {
  next: ['j', 'n', 'Alt+ArrowDown'],
  previous: ['k', 'p', 'Alt+ArrowUp'],
};

const ARROWS: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑' };

/** A key of FLAG_KEYS as people read it: `Alt+ArrowDown` → `Alt+↓`. */
export function keyLabel(key: string): string {
  return key.replace(/Arrow(Down|Up)$/, (name) => ARROWS[name] ?? name);
}

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** True when keys pressed in `target` are typing: fields, text areas, selects, editable content. */
export function isTypingTarget(target: EventTarget | null | undefined): boolean {
  const element = target as (Element & { isContentEditable?: boolean }) | null | undefined;
  if (!element || typeof element !== 'object' || !('localName' in element)) return false;
  const name = element.localName;
  if (name === 'textarea' || name === 'select') return true;
  if (name === 'input') return TEXT_INPUT_TYPES.has(((element as HTMLInputElement).type || 'text').toLowerCase());
  if (element.isContentEditable) return true;
  // jsdom does not compute isContentEditable; the attribute says as much.
  return typeof element.closest === 'function' && element.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

/** The move a key asks for, or null when it is not one of the reader's keys (or is typing). */
export function flagMoveFor(event: KeyLike): FlagMove | null {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey) return null;
  if (isTypingTarget(event.target)) return null;
  const pressed = event.altKey ? `Alt+${event.key}` : event.key;
  if (FLAG_KEYS.next.includes(pressed)) return 'next';
  if (FLAG_KEYS.previous.includes(pressed)) return 'previous';
  return null;
}

/**
 * The index to go to among `count` flags from `current` (-1: none yet):
 * next from none is the first, previous from none the last; both wrap around.
 */
export function stepFlag(current: number, count: number, move: FlagMove): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return move === 'next' ? 0 : count - 1;
  return move === 'next' ? (current + 1) % count : (current - 1 + count) % count;
}
