import { render } from 'preact';
import { ReaderView } from '@/components/ReaderView';
import { openingRequests } from '@/components/api';
import { applyUiLanguage } from '@/components/i18n';
import '@/components/reader.css';

// Opened with ?tabId=N (tests, or a popup detached into a tab) it reads like the full-tab reader would, but keeps popup layout.
// Asked before the first render, not after it.
void openingRequests();
applyUiLanguage();
render(<ReaderView mode="popup" />, document.getElementById('app')!);
