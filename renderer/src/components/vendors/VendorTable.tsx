import { useTranslation } from 'react-i18next';
import type { VendorListItem } from '../../../../shared/vendors/vendor';
import { useLanguage } from '../../i18n';
import { countryName } from '../../lib/countries';

interface VendorTableProps {
  vendors: readonly VendorListItem[];
  onOpen: (vendor: VendorListItem) => void;
}

export function VendorTable({ vendors, onOpen }: VendorTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <div className="table-frame">
      <table className="data-table">
        <caption className="visually-hidden">{t('vendors.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('vendors.columns.name')}</th>
            <th scope="col">{t('vendors.columns.legalEntity')}</th>
            <th scope="col">{t('vendors.columns.country')}</th>
            <th scope="col" className="numeric">
              {t('vendors.columns.assessments')}
            </th>
          </tr>
        </thead>
        <tbody>
          {vendors.map((vendor) => (
            <tr key={vendor.id}>
              <th scope="row">
                <button type="button" className="link-button row-title" onClick={() => onOpen(vendor)}>
                  {vendor.name}
                </button>
              </th>
              <td>{vendor.legalEntity || none}</td>
              <td>{vendor.country ? countryName(vendor.country, language) : none}</td>
              <td className="numeric">{vendor.assessments}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
