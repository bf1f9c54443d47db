import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { applyUiLanguage, t } from '@/components/i18n';
import '@/components/reader.css';
import '@/components/options/options.css';

applyUiLanguage();
document.title = t('optionsTitle');
render(<OptionsApp />, document.getElementById('app')!);
