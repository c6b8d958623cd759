import { useTranslation } from 'react-i18next';

/** Names of the codes a portfolio row carries, short enough for a table cell; an unknown code shows as it is. */
export function usePortfolioLabels() {
  const { t } = useTranslation();
  return {
    status: (code: string) => t(`lifecycle.state.${code}`, { defaultValue: code }),
    tool: (code: string) => t(`portfolio.tool.${code}`, { defaultValue: code }),
    /** The tool's full name, where there is room for it (the filter's choices). */
    toolName: (code: string) => t(`options.tool.${code}`, { defaultValue: code }),
    outcome: (code: string) => t(`portfolio.outcome.${code}`, { defaultValue: code }),
  };
}
