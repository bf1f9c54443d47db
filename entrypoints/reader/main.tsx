import { render } from 'preact';
import { ReaderView } from '@/components/ReaderView';
import '@/components/reader.css';

render(<ReaderView mode="tab" />, document.getElementById('app')!);
