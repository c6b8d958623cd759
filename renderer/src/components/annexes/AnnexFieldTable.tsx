import { useTranslation } from 'react-i18next';
import type { AnnexField, AnnexValue } from '../../../../shared/scc/annexes';

function AnnexValueView({ value }: { value: AnnexValue }) {
  const { t } = useTranslation();
  switch (value.type) {
    case 'text':
      return <>{value.text}</>;
    case 'list':
      return value.items.length === 1 ? (
        <>{value.items[0]}</>
      ) : (
        <ul className="annex-list">
          {value.items.map((item, index) => (
            <li key={`${index}-${item}`}>{item}</li>
          ))}
        </ul>
      );
    case 'country':
      return <>{value.code === '' ? '' : `${value.name} (${value.code})`}</>;
    case 'key':
      return <>{t(value.key, value.params ?? {})}</>;
  }
}

/** One annex entry per row, label and value, with missing entries flagged rather than left blank. */
export function AnnexFieldTable({ caption, fields }: { caption: string; fields: readonly AnnexField[] }) {
  const { t } = useTranslation();
  return (
    <table className="data-table compact-table annex-table">
      <caption>{caption}</caption>
      <tbody>
        {fields.map((field) => (
          <tr key={field.id} className={field.missing ? 'is-missing' : undefined}>
            <th scope="row">{t(field.labelKey)}</th>
            <td>
              {field.missing ? (
                <span className="badge badge-warning">{t('map.annexes.missing')}</span>
              ) : (
                <AnnexValueView value={field.value} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
