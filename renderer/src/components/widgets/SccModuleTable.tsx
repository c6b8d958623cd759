import { useTranslation } from 'react-i18next';
import type { SccModule } from '../../../../shared/domain/assessment';
import { SCC_MODULE_TABLE } from '../../../../shared/domain/scc';

interface SccModuleTableProps {
  proposed: SccModule | null;
  effective: SccModule | null;
}

/** The four SCC modules by the roles of the parties, with the proposed and the chosen one marked. */
export function SccModuleTable({ proposed, effective }: SccModuleTableProps) {
  const { t } = useTranslation();
  return (
    <table className="data-table compact-table scc-table">
      <caption>{t('widgets.scc.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('widgets.scc.columns.module')}</th>
          <th scope="col">{t('widgets.scc.columns.exporter')}</th>
          <th scope="col">{t('widgets.scc.columns.importer')}</th>
          <th scope="col">{t('widgets.scc.columns.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {SCC_MODULE_TABLE.map((row) => {
          const marks = [
            row.module === proposed ? t('widgets.scc.markProposed') : null,
            row.module === effective && effective !== proposed ? t('widgets.scc.markChosen') : null,
          ].filter((mark): mark is string => mark !== null);
          return (
            <tr key={row.module} className={row.module === effective ? 'is-selected' : undefined}>
              <th scope="row">
                {t('wizard.step2.scc.module', { module: row.module })}
                {marks.map((mark) => (
                  <span key={mark} className="badge badge-info badge-inline">
                    {mark}
                  </span>
                ))}
              </th>
              <td>{t(`options.role.${row.exporter}`)}</td>
              <td>{t(`options.role.${row.importer}`)}</td>
              <td>{t(`widgets.scc.notes.${row.module}`)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
