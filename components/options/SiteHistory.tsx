import { useEffect, useState } from 'preact/hooks';
import { clearSiteHistory, loadSiteHistory, siteHistoryItem } from '@/lib/history/store';
import { historySize, readHistory } from '@/lib/history/site-history';

/** How much the per-site history holds, and a button to forget it. */
export function SiteHistory() {
  const [size, setSize] = useState<{ sites: number; articles: number } | null>(null);

  useEffect(() => {
    void loadSiteHistory().then((history) => setSize(historySize(history)));
    // The popup records while this page is open: the change carries the new value.
    return siteHistoryItem.watch((value) => setSize(historySize(readHistory(value))));
  }, []);

  return (
    <section aria-labelledby="history-heading" data-testid="site-history-settings">
      <h2 id="history-heading">What sites have served</h2>
      <p class="hint">
        The popup remembers, on this device only, the verdict of each article you open (not its address: a short fingerprint that only tells
        two visits of one article apart), so that it can say how many articles of a site looked machine-translated. At most 50 articles per
        site and 200 sites are kept.
      </p>
      <p role="status">
        {size === null
          ? 'Reading…'
          : size.articles === 0
            ? 'Nothing remembered.'
            : `${size.articles} ${size.articles === 1 ? 'article' : 'articles'} on ${size.sites} ${size.sites === 1 ? 'site' : 'sites'} remembered.`}
      </p>
      <button type="button" class="secondary" disabled={!size?.articles} onClick={() => void clearSiteHistory()}>
        Forget what sites have served
      </button>
    </section>
  );
}
