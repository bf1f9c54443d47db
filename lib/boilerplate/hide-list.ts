/**
 * The answer to a snapshot: which of the page's elements to hide, by
 * address (lib/dom/address.ts). Worked out on the parsed snapshot, away
 * from the page; applied to the live page in one pass that only resolves
 * addresses and hides through the cleanup (lib/boilerplate/cleanup.ts).
 */
import type { BoilerplateKind } from '../report';
import type { PartialReport } from '../analysis-budget';
import { addressesOf, resolveAddresses, type ElementAddress } from '../dom/address';
import type { BoilerplateMatch } from './classify';
import { hideElement } from './cleanup';

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

/** Hides what the list names and still is what it was; what is hidden already stays as it is. */
export function applyHideList(doc: Document, list: HideList): HideOutcome {
  const elements = resolveAddresses(
    doc,
    list.items.map((item) => item.address),
  );
  let hidden = 0;
  let changed = 0;
  elements.forEach((element, position) => {
    if (!element) return void changed++;
    if (hideElement(element, list.items[position]!.kind)) hidden++;
  });
  return { hidden, changed };
}
