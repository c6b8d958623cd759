import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain/assessment';
import type { AppError } from '../../../shared/domain/result';
import type { Profile } from '../../../shared/ipc/contract';
import { client } from '../client';
import { Dialog } from './common/Dialog';
import { ErrorNotice } from './common/ErrorNotice';

/**
 * Who is working: the name the history records with every change. Until a name is set, the system account's name is
 * recorded, and the header says so.
 */
export function ProfileButton() {
  const { t } = useTranslation();
  const [profile, setProfile] = useState<Profile | null>(null);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    void client.getProfile().then((result) => {
      if (result.ok) setProfile(result.value);
    });
  }, []);

  if (!profile) return null;
  const shown = profile.name || profile.accountName;

  return (
    <>
      <button type="button" className="app-profile" onClick={() => setEditing(true)} title={t('profile.buttonHint')}>
        <span className="app-profile-label">{t('profile.label')}</span> {shown}
      </button>
      {editing && (
        <ProfileDialog
          profile={profile}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setProfile(saved);
            setEditing(false);
          }}
        />
      )}
    </>
  );
}

function ProfileDialog({ profile, onClose, onSaved }: { profile: Profile; onClose: () => void; onSaved: (profile: Profile) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(profile.name);
  const [error, setError] = useState<AppError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await client.saveProfile({ name: name.trim() });
    if (saved.ok) onSaved(saved.value);
    else setError(saved.error);
  };

  return (
    <Dialog title={t('profile.title')} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>{t('profile.lead')}</p>
        <div className="field">
          <label htmlFor="profile-name">{t('profile.name')}</label>
          <p id="profile-name-help" className="field-help">
            {t('profile.nameHelp', { account: profile.accountName })}
          </p>
          <input
            id="profile-name"
            type="text"
            autoFocus
            autoComplete="name"
            value={name}
            maxLength={LIMITS.shortText}
            aria-describedby="profile-name-help"
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        {error && <ErrorNotice title={t('profile.failed')} error={error} />}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('profile.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
