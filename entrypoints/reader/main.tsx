import { applyUiLanguage, t } from '@/components/i18n';
import '@/components/reader.css';
import { startReader } from '@/components/start-reader';

applyUiLanguage();
document.title = t('readerTitle');
startReader('tab', document.getElementById('app')!);
