import { createI18n } from '../../shared/i18n';

export const i18n = createI18n('en');
