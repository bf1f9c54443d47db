/**
 * The popup's and the reader tab's first script: a classic script in their
 * <head>, a few kilobytes built on its own, that asks the background for the
 * tab's report before the reader's own code (Preact, the reader's
 * components) has loaded. The tab's snapshot and its analysis then run while
 * that code loads, instead of after it; the reader picks up the same
 * requests (components/api.ts). It also applies the reader's stored
 * appearance to the page before anything is drawn (components/appearance-root.ts).
 */
import { openingRequests } from '@/components/api';
import { openingAppearance } from '@/components/appearance-root';

export default defineUnlistedScript(() => {
  void openingAppearance();
  void openingRequests();
});
