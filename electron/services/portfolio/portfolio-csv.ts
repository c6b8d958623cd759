import { CSV_SEPARATOR, csvText, portfolioCsvRecords, type CsvLanguage, type CsvWording } from '../../../shared/portfolio/csv';
import { createI18n } from '../../../shared/i18n';
import type { PortfolioCsvService, PortfolioService } from '../types';

export interface PortfolioCsvDeps {
  now: () => Date;
  portfolio: PortfolioService;
}

/** A label per code, looked up once: a file of thousands of rows repeats a few dozen codes. */
function remembered(label: (code: string) => string): (code: string) => string {
  const known = new Map<string, string>();
  return (code) => {
    let found = known.get(code);
    if (found === undefined) {
      found = label(code);
      known.set(code, found);
    }
    return found;
  };
}

function wordingIn(language: CsvLanguage): CsvWording {
  const i18n = createI18n(language);
  const regions = new Intl.DisplayNames([language], { type: 'region' });
  const label = (prefix: string) => remembered((code) => i18n.t(`${prefix}.${code}`, { defaultValue: code }));
  return {
    header: (column) => i18n.t(`csv.columns.${column}`),
    status: label('lifecycle.state'),
    outcome: label('options.outcome'),
    tool: label('options.tool'),
    country: remembered((code) => {
      try {
        return regions.of(code) ?? code;
      } catch {
        return code;
      }
    }),
  };
}

export function createPortfolioCsvService(deps: PortfolioCsvDeps): PortfolioCsvService {
  return {
    export(query, language, today = deps.now().toISOString().slice(0, 10)) {
      const rows = deps.portfolio.allRows(query, today);
      const content = csvText(portfolioCsvRecords(rows, wordingIn(language), language), CSV_SEPARATOR[language]);
      const fileName = `${createI18n(language).t('csv.fileName', { date: today })}.csv`;
      return { fileName, content, rows: rows.length };
    },
  };
}
