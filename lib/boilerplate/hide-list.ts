/**
 * The answer to a snapshot: which of the page's elements to hide, by
 * address (lib/dom/address.ts). Worked out on the parsed snapshot, away
 * from the page; applied to the live page in slices that only resolve
 * addresses and hide as the cleanup does (lib/boilerplate/hidden.ts).
 */
import type { BoilerplateKind } from '../report';
import type { PartialReport } from '../analysis-budget';
import { addressesOf, addressResolver, type ElementAddress } from '../dom/address';
import type { BoilerplateMatch } from './classify';
import { hideElement } from './hidden';

export interface HideItem {
  address: ElementAddress;
  kind: BoilerplateKind;
}

export interface HideList {
  /** In document order. */
  items: HideItem[];
  /** Present when the list covers only part of the page (an enormous page, the cleanup's time), saying why. */
  partial?: PartialReport;
}

export function hideListFor(doc: Document, matches: readonly BoilerplateMatch[]): HideList {
  const addresses = addressesOf(
    doc,
    matches.map((match) => match.element),
  );
  const items: HideItem[] = [];
  addresses.forEach((address, position) => address && items.push({ address, kind: matches[position]!.kind }));
  return { items: items.sort((a, b) => a.address.index - b.address.index) };
}

export interface HideOutcome {
  /** Elements newly hidden. */
  hidden: number;
  /** Items left alone because the element at their address changed since the snapshot. */
  changed: number;
}

export interface HideSlices {
  /** Called between two items: resolves at once, or after yielding to the page when our task has run long enough. */
  pause: () => Promise<void>;
  /** True when the rest of the list is no longer wanted (the page was shown again meanwhile). */
  stopped?: () => boolean;
}

/**
 * Hides what the list names and still is what it was; what is hidden already
 * stays as it is. In slices: a long list on a large page (190 boxes among
 * 100,000 elements: each address is looked up in the live page and its text
 * hashed) is not one long task (it was 12-59 ms in one). What the page
 * changes between two slices is left alone: every element is checked against
 * its fingerprint when it is found.
 */
export async function applyHideList(doc: Document, list: HideList, { pause, stopped }: HideSlices): Promise<HideOutcome> {
  const resolve = addressResolver(doc);
  const outcome: HideOutcome = { hidden: 0, changed: 0 };
  for (const [position, item] of list.items.entries()) {
    if (position > 0) {
      await pause();
      if (stopped?.()) break;
    }
    const element = resolve(item.address);
    if (!element) outcome.changed++;
    else if (hideElement(element, item.kind)) outcome.hidden++;
  }
  return outcome;
}
