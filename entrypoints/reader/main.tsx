import { render } from 'preact';
import { ReaderView } from '@/components/ReaderView';
import { openingRequests } from '@/components/api';
import '@/components/reader.css';

// Asked before the first render, not after it.
void openingRequests();
render(<ReaderView mode="tab" />, document.getElementById('app')!);
