import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { GapId } from '../../../../shared/extraction/types';
import type { VendorDocumentDetail } from '../../../../shared/vendors/profile';
import { newRowId } from '../../lib/ids';
import { ErrorNotice } from '../common/ErrorNotice';
import { saveProfilePart, useVendorProfile } from '../vendor-profile/useVendorProfile';

interface VendorGapsProps {
  vendorId: string;
  gaps: VendorDocumentDetail['gaps'];
  onStatus: (text: string) => void;
}

/** What the document leaves open that a TIA needs, each a question the user can keep on the vendor's profile. */
export function VendorGaps({ vendorId, gaps, onStatus }: VendorGapsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { profile, setProfile } = useVendorProfile(vendorId);
  const [error, setError] = useState<AppError | null>(null);
  const asked = new Set(profile?.openQuestions.flatMap((question) => question.gapId ?? []) ?? []);

  const add = async (gapId: GapId) => {
    const question = t(`extraction.gaps.${gapId}`);
    const result = await saveProfilePart(vendorId, (current) => ({
      openQuestions: current.openQuestions.some((open) => open.gapId === gapId)
        ? current.openQuestions
        : [...current.openQuestions, { id: newRowId(), gapId, question, status: 'open', answer: '' }],
    }));
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setProfile(result.value);
    onStatus(t('vendorDocs.gaps.addedStatus'));
  };

  return (
    <section className="vendor-gaps" aria-labelledby={headingId}>
      <h3 id={headingId} className="suggestion-group-title">
        {t('vendorDocs.gaps.title')}
      </h3>
      {gaps.length === 0 ? (
        <p className="muted">{t('vendorDocs.gaps.none')}</p>
      ) : (
        <>
          <p className="muted">{t('vendorDocs.gaps.lead')}</p>
          <ul className="gap-list">
            {gaps.map((gap) => (
              <li key={gap.id}>
                <p id={`${headingId}-${gap.id}`}>{t(`extraction.gaps.${gap.id}`, { defaultValue: gap.question })}</p>
                {asked.has(gap.id) ? (
                  <p className="gap-added">
                    <span aria-hidden="true">✓ </span>
                    {t('vendorDocs.gaps.added')}
                  </p>
                ) : (
                  <button type="button" className="button button-secondary button-small" disabled={profile === null}
                    aria-describedby={`${headingId}-${gap.id}`}
                    onClick={() => void add(gap.id)}>
                    {t('vendorDocs.gaps.add')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {error && <ErrorNotice title={t('vendorDocs.gaps.addFailed')} error={error} />}
    </section>
  );
}
