/**
 * The popup's and the reader tab's first script: a classic script in their
 * <head>, a few kilobytes built on its own, that asks the background for the
 * tab's report before the reader's own code (Preact, the reader's
 * components) has loaded. The tab's snapshot and its analysis then run while
 * that code loads, instead of after it; the reader picks up the same
 * requests (components/api.ts).
 */
import { openingRequests } from '@/components/api';

export default defineUnlistedScript(() => {
  void openingRequests();
});
