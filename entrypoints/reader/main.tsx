import { render } from 'preact';
import { ReaderView } from '@/components/ReaderView';
import { openingRequests } from '@/components/api';
import { applyUiLanguage, t } from '@/components/i18n';
import '@/components/reader.css';

// Asked already by the page's first script (entrypoints/opening.ts); this picks up the same requests.
void openingRequests();
applyUiLanguage();
document.title = t('readerTitle');
render(<ReaderView mode="tab" />, document.getElementById('app')!);
