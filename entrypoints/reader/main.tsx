import { render } from 'preact';
import { ReaderView } from '@/components/ReaderView';
import { openingRequests } from '@/components/api';
import { applyUiLanguage } from '@/components/i18n';
import '@/components/reader.css';

// Asked before the first render, not after it.
void openingRequests();
applyUiLanguage();
render(<ReaderView mode="tab" />, document.getElementById('app')!);
