import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from '../../../shared/i18n';
import { client } from '../client';
import { applyLanguage, isLanguage, ownName, useLanguage } from '../i18n';

/** The language of the screens: it switches at once, and the backend keeps the choice for the next start. */
export function LanguageSelect() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const errorId = `${id}-error`;
  const [notSaved, setNotSaved] = useState(false);

  const choose = async (value: string) => {
    if (!isLanguage(value)) return;
    await applyLanguage(value);
    const saved = await client.saveAppSettings({ uiLanguage: value });
    setNotSaved(!saved.ok);
  };

  return (
    <div className="app-language">
      <label htmlFor={id}>{t('uiLanguage.label')}</label>
      <select
        id={id}
        value={language}
        aria-describedby={notSaved ? errorId : undefined}
        onChange={(event) => void choose(event.target.value)}
      >
        {SUPPORTED_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {ownName(code)}
          </option>
        ))}
      </select>
      {notSaved && (
        <p id={errorId} className="app-language-error" role="alert">
          {t('uiLanguage.notSaved')}
        </p>
      )}
    </div>
  );
}
