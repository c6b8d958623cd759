import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DPF_STATUSES, type VendorProfile, type VendorProfileFields } from '../../../../shared/vendors/profile';
import { DateField } from '../fields/DateField';
import type { SavePart } from './savePart';

/** Whether the vendor is certified under the Data Privacy Framework, and when the user last looked it up. */
export function DpfStatusForm({ profile, save }: { profile: VendorProfile; save: SavePart }) {
  const { t } = useTranslation();
  const id = useId();
  const [dpf, setDpf] = useState<VendorProfileFields['dpf']>(profile.dpf);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    await save({ dpf });
    setBusy(false);
  };

  return (
    <form className="profile-part" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)} noValidate>
      <h3 id={`${id}-title`} className="profile-part-title">
        {t('vendorProfile.dpf.title')}
      </h3>
      <div className="profile-dpf-fields">
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('vendorProfile.dpf.status')}</label>
          <select id={`${id}-status`} value={dpf.status} onChange={(event) => setDpf({ ...dpf, status: event.target.value as typeof dpf.status })}>
            {DPF_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`vendorProfile.dpf.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <DateField id={`${id}-checked`} label={t('vendorProfile.dpf.checkedOn')} required={false} value={dpf.checkedOn} onChange={(checkedOn) => setDpf({ ...dpf, checkedOn })} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-secondary button-small" disabled={busy}>
          {t('vendorProfile.dpf.save')}
        </button>
      </div>
    </form>
  );
}
