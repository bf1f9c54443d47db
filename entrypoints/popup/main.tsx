import { render } from 'preact';
import { ReaderView } from '@/components/ReaderView';
import { openingRequests } from '@/components/api';
import { applyUiLanguage } from '@/components/i18n';
import '@/components/reader.css';
import { mark } from '@/components/timeline';

mark('popup:script');
// Opened with ?tabId=N (tests, or a popup detached into a tab) it reads like the full-tab reader would, but keeps popup layout.
// Asked already by the page's first script (entrypoints/opening.ts); this picks up the same requests.
void openingRequests();
applyUiLanguage();
render(<ReaderView mode="popup" />, document.getElementById('app')!);
