import { useTranslation } from 'react-i18next';
import { useEditor } from '../stores/editor';
import { useNavigation, type Route } from '../stores/navigation';
import { LanguageSelect } from './LanguageSelect';
import { ProfileButton } from './ProfileButton';

type Destination = 'home' | 'vendors' | 'verify' | 'identity' | 'backups' | 'history';

const DESTINATIONS: ReadonlyArray<{ name: Destination; labelKey: string }> = [
  { name: 'home', labelKey: 'nav.assessments' },
  { name: 'vendors', labelKey: 'vendors.nav' },
  { name: 'verify', labelKey: 'nav.verify' },
  { name: 'identity', labelKey: 'nav.identity' },
  { name: 'backups', labelKey: 'nav.backups' },
  { name: 'history', labelKey: 'nav.history' },
];

/**
 * The application bar: the product name, the main sections and the language. Leaving the wizard saves first. The
 * sections are left out while the data cannot be used, when the recovery screen is the only one.
 */
export function AppHeader({ navigation = true }: { navigation?: boolean }) {
  const { t } = useTranslation();
  const route = useNavigation((state) => state.route);
  const navigate = useNavigation((state) => state.navigate);
  const close = useEditor((state) => state.close);

  const go = async (target: Route) => {
    if (route.name === 'wizard' && !(await close())) return;
    navigate(target);
  };

  const active: Destination = route.name === 'wizard' ? 'home' : route.name === 'vendor' ? 'vendors' : route.name;

  return (
    <header className="app-header">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Move focus without changing the URL, which the desktop shell treats as navigation.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('nav.skip')}
      </a>
      <span className="app-name">{t('app.name')}</span>
      {navigation && (
        <nav aria-label={t('nav.label')} className="app-nav">
          <ul>
            {DESTINATIONS.map((destination) => (
              <li key={destination.name}>
                <button
                  type="button"
                  className="app-nav-link"
                  aria-current={active === destination.name ? 'page' : undefined}
                  onClick={() => void go({ name: destination.name })}
                >
                  {t(destination.labelKey)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {navigation && <ProfileButton />}
      <LanguageSelect />
    </header>
  );
}
