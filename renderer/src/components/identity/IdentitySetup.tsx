import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SigningIdentityInfo } from '../../../../shared/ipc/contract';
import { RadioGroup } from '../fields/RadioGroup';
import { CreateIdentityForm } from './CreateIdentityForm';
import { ImportIdentityForm } from './ImportIdentityForm';

/** Lets the user either create a signing identity or import one. */
interface IdentitySetupProps {
  onReady: (info: SigningIdentityInfo) => void;
  extraActions?: ReactNode;
}

export function IdentitySetup({ onReady, extraActions }: IdentitySetupProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'create' | 'import'>('create');
  return (
    <div className="identity-setup">
      <RadioGroup
        id="identity-mode"
        label={t('identity.setup.choose')}
        required={false}
        options={[
          { value: 'create', label: t('identity.setup.create') },
          { value: 'import', label: t('identity.setup.import') },
        ]}
        value={mode}
        onChange={(value) => setMode(value === 'import' ? 'import' : 'create')}
      />
      {mode === 'create' ? (
        <CreateIdentityForm onCreated={onReady} extraActions={extraActions} />
      ) : (
        <ImportIdentityForm onImported={onReady} extraActions={extraActions} />
      )}
    </div>
  );
}
