import { useEffect, useState } from 'preact/hooks';
import { clearSiteHistory, loadSiteHistory, siteHistoryItem } from '@/lib/history/store';
import { historySize, readHistory } from '@/lib/history/site-history';
import { t, tp } from '../i18n';

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
      <h2 id="history-heading">{t('historyHeading')}</h2>
      <p class="hint">{t('historyHint')}</p>
      <p role="status">
        {size === null
          ? t('reading')
          : size.articles === 0
            ? t('historyEmpty')
            : t('historySize', tp('historyArticles', size.articles), tp('historySites', size.sites))}
      </p>
      <button type="button" class="secondary" disabled={!size?.articles} onClick={() => void clearSiteHistory()}>
        {t('forgetHistory')}
      </button>
    </section>
  );
}
