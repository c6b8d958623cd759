import { useTranslation } from 'react-i18next';
import type { SignatureAppearance } from '../../../../shared/ipc/contract';
import { RadioGroup } from '../fields/RadioGroup';

interface AppearanceChoiceProps {
  id: string;
  value: SignatureAppearance;
  onChange: (value: SignatureAppearance) => void;
}

/** A visible signature block on the sign-off page, or a signature only PDF readers show. */
export function AppearanceChoice({ id, value, onChange }: AppearanceChoiceProps) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      id={id}
      label={t('exportPdf.appearance')}
      help={t('exportPdf.appearanceHelp')}
      required={false}
      options={[
        { value: 'visible', label: t('exportPdf.appearances.visible') },
        { value: 'invisible', label: t('exportPdf.appearances.invisible') },
      ]}
      value={value}
      onChange={(next) => onChange(next === 'invisible' ? 'invisible' : 'visible')}
    />
  );
}
