import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/domain/assessment';
import type { TransparencyFigure, VendorProfile } from '../../../../shared/vendors/profile';
import type { SavePart } from './savePart';

const FIELDS = ['label', 'figure', 'period', 'source'] as const;
const emptyFigure = (): TransparencyFigure => ({ label: '', figure: '', period: '', source: '' });

/** Figures from the vendor's transparency reports (requests received, by period), edited as rows of a table. */
export function TransparencyFiguresForm({ profile, save }: { profile: VendorProfile; save: SavePart }) {
  const { t } = useTranslation();
  const id = useId();
  const [rows, setRows] = useState<TransparencyFigure[]>(profile.transparency);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const incomplete = rows.some((row) => row.label.trim() === '' || row.figure.trim() === '');

  const set = (index: number, patch: Partial<TransparencyFigure>) => setRows(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));

  const add = () => {
    setRows([...rows, emptyFigure()]);
    requestAnimationFrame(() => document.getElementById(`${id}-${rows.length}-label`)?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (incomplete) return;
    setBusy(true);
    await save({ transparency: rows.map((row) => ({ label: row.label.trim(), figure: row.figure.trim(), period: row.period.trim(), source: row.source.trim() })) });
    setBusy(false);
  };

  return (
    <form className="profile-part" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)} noValidate>
      <h3 id={`${id}-title`} className="profile-part-title">
        {t('vendorProfile.transparency.title')}
      </h3>
      {rows.length === 0 ? (
        <p className="muted">{t('vendorProfile.transparency.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table compact-table profile-table">
            <caption className="visually-hidden">{t('vendorProfile.transparency.caption')}</caption>
            <thead>
              <tr>
                {FIELDS.map((field) => (
                  <th key={field} scope="col">
                    {t(`vendorProfile.transparency.${field}`)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('vendorProfile.transparency.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index}>
                  {FIELDS.map((field) => (
                    <td key={field}>
                      <input
                        id={`${id}-${index}-${field}`}
                        type="text"
                        value={row[field]}
                        maxLength={LIMITS.shortText}
                        aria-label={t(`vendorProfile.transparency.${field}Of`, { row: index + 1 })}
                        aria-invalid={tried && (field === 'label' || field === 'figure') && row[field].trim() === ''}
                        onChange={(event) => set(index, { [field]: event.target.value })}
                      />
                    </td>
                  ))}
                  <td className="row-actions">
                    <button type="button" className="button button-danger-quiet button-small" onClick={() => setRows(rows.filter((_, at) => at !== index))}>
                      <span aria-hidden="true">{t('vendorProfile.transparency.remove')}</span>
                      <span className="visually-hidden">{t('vendorProfile.transparency.removeOf', { row: index + 1 })}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {tried && incomplete && (
        <p className="field-error" role="alert">
          {t('vendorProfile.transparency.incomplete')}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-quiet button-small" onClick={add}>
          {t('vendorProfile.transparency.add')}
        </button>
        <button type="submit" className="button button-secondary button-small" disabled={busy}>
          {t('vendorProfile.transparency.save')}
        </button>
      </div>
    </form>
  );
}
