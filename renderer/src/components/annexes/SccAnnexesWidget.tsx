import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import { buildSccAnnexes } from '../../../../shared/scc/annexes';
import { useLawLibrary } from '../../stores/lawLibrary';
import { AnnexFieldTable } from './AnnexFieldTable';

/** Annexes I.A, I.B, I.C, II and III of the SCCs as generated from the map, step 2 and step 4. */
export function SccAnnexesWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const library = useLawLibrary((state) => state.library);
  const annexes = useMemo(
    () => (library ? buildSccAnnexes(assessment, library, (measureId) => t(`measures.${measureId}.title`)) : null),
    [assessment, library, t],
  );
  if (!annexes) return <p className="muted">{t('map.loadingEvaluation')}</p>;
  if (!annexes.applicable) return <p className="muted">{t('map.annexes.notApplicable')}</p>;

  const partyCaption = (side: 'exporter' | 'importer', name: string) => t(`map.annexes.${side}`, { name });

  return (
    <div className="scc-annexes">
      <p className={annexes.missingCount > 0 ? 'notice notice-warning' : 'notice notice-success'} role="status">
        {annexes.missingCount > 0 ? t('map.annexes.missingCount', { count: annexes.missingCount }) : t('map.annexes.complete')}
      </p>

      <section className="annex" aria-labelledby="annex-ia">
        <h4 id="annex-ia" className="annex-title">
          {t('map.annexes.ia')}
        </h4>
        {annexes.annexIA.length === 0 && <p className="muted">{t('map.annexes.noParties')}</p>}
        {annexes.annexIA.map((party) => {
          const name = assessment.map.parties.find((p) => p.id === party.partyId)?.name.trim() || party.partyId;
          return <AnnexFieldTable key={`${party.side}-${party.partyId}`} caption={partyCaption(party.side, name)} fields={party.fields} />;
        })}
      </section>

      <section className="annex" aria-labelledby="annex-ib">
        <h4 id="annex-ib" className="annex-title">
          {t('map.annexes.ib')}
        </h4>
        {annexes.annexIB.map((transfer) => (
          <AnnexFieldTable
            key={transfer.transferId}
            caption={t(transfer.onward ? 'map.annexes.transferOnward' : 'map.annexes.transfer', { from: transfer.fromName, to: transfer.toName })}
            fields={transfer.fields}
          />
        ))}
      </section>

      <section className="annex" aria-labelledby="annex-ic">
        <h4 id="annex-ic" className="annex-title">
          {t('map.annexes.ic')}
        </h4>
        <AnnexFieldTable caption={t('map.annexes.icCaption')} fields={[annexes.annexIC]} />
      </section>

      <section className="annex" aria-labelledby="annex-ii">
        <h4 id="annex-ii" className="annex-title">
          {t('map.annexes.ii')}
        </h4>
        {annexes.annexII.missing && <p className="badge badge-warning">{t('map.annexes.noMeasures')}</p>}
        {annexes.annexII.groups.map((group) => (
          <table key={group.group} className="data-table compact-table annex-table">
            <caption>{t(group.labelKey)}</caption>
            <tbody>
              {group.measures.map((measure) => (
                <tr key={measure.measureId} className={measure.noteMissing ? 'is-missing' : undefined}>
                  <th scope="row">{measure.title}</th>
                  <td>
                    {measure.noteMissing ? <span className="badge badge-warning">{t('map.annexes.noteMissing')}</span> : measure.note}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>

      <section className="annex" aria-labelledby="annex-iii">
        <h4 id="annex-iii" className="annex-title">
          {t('map.annexes.iii')}
        </h4>
        {!annexes.annexIII.required && <p className="muted">{t('map.annexes.iiiNotRequired')}</p>}
        {annexes.annexIII.required && annexes.annexIII.subProcessors.length === 0 && <p>{t('map.annexes.noSubProcessors')}</p>}
        {annexes.annexIII.subProcessors.map((sub) => {
          const name = assessment.map.parties.find((p) => p.id === sub.partyId)?.name.trim() || sub.partyId;
          return <AnnexFieldTable key={sub.partyId} caption={t('map.annexes.subProcessor', { name })} fields={sub.fields} />;
        })}
      </section>
    </div>
  );
}
