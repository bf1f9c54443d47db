import { applyUiLanguage } from '@/components/i18n';
import '@/components/reader.css';
import { mark } from '@/components/timeline';
import { startReader } from '@/components/start-reader';

mark('popup:script');
// Opened with ?tabId=N (tests, or a popup detached into a tab) it reads like the full-tab reader would, but keeps popup layout.
applyUiLanguage();
startReader('popup', document.getElementById('app')!);
