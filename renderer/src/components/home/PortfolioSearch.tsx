import { useEffect, useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { usePortfolio } from '../../stores/portfolio';

/** Typing settles for this long before the portfolio is asked again: one request per pause, not per key. */
const DEBOUNCE_MS = 150;

const NOT_TYPED_INTO = ['checkbox', 'radio', 'button', 'submit', 'reset', 'file'];

/** "/" is a character wherever text is typed; elsewhere it is the way to the search. */
function isTypingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TYPED_INTO.includes(target.type);
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Focuses the first row's title; false when the table has no row. */
export function focusFirstRow(): boolean {
  const first = document.querySelector<HTMLElement>('[data-row-focus]');
  first?.focus();
  return first !== null;
}

/** The search box: "/" anywhere on the screen comes here, ↓ goes on to the first row. */
export function PortfolioSearch({ inputRef: ref }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation();
  const text = usePortfolio((state) => state.query.text);
  const setQuery = usePortfolio((state) => state.setQuery);
  const [value, setValue] = useState(text);
  // A saved view or "Clear filters" changes the text from outside; the box follows.
  const [shownText, setShownText] = useState(text);
  if (text !== shownText) {
    setShownText(text);
    setValue(text);
  }
  const hintId = useId();

  useEffect(() => {
    if (value === text) return;
    const timer = setTimeout(() => setQuery({ text: value }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value, text, setQuery]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingInto(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [ref]);

  return (
    <>
      <div className="portfolio-search">
        <label htmlFor="portfolio-search">{t('portfolio.search.label')}</label>
        <input
          id="portfolio-search"
          ref={ref}
          type="search"
          value={value}
          maxLength={300}
          placeholder={t('portfolio.search.placeholder')}
          aria-describedby={hintId}
          aria-keyshortcuts="/"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && focusFirstRow()) event.preventDefault();
            if (event.key === 'Enter' && value !== text) setQuery({ text: value });
          }}
        />
      </div>
      <p id={hintId} className="field-help portfolio-search-hint">
        {t('portfolio.search.hint')}
      </p>
    </>
  );
}
