import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { client } from './client';
import { applyLanguage, i18n } from './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/wizard.css';
import './styles/screens.css';
import './styles/map.css';
import './styles/analysis.css';
import './styles/records.css';
import './styles/portfolio.css';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

/** The saved language comes first, so that a German user never sees the screens in English for a moment. */
async function start(root: HTMLElement): Promise<void> {
  const settings = await client.getAppSettings();
  await applyLanguage(settings.ok ? settings.value.uiLanguage : 'en');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}

void start(container);
