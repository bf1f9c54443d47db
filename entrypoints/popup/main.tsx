import { render } from 'preact';
import { ReaderView } from '@/components/ReaderView';
import '@/components/reader.css';

// Opened with ?tabId=N (tests, or a popup detached into a tab) it reads like the full-tab reader would, but keeps popup layout.
render(<ReaderView mode="popup" />, document.getElementById('app')!);
