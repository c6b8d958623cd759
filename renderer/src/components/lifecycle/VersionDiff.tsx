import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import { describeChange } from '../../../../shared/history/describe';
import type { VersionRef } from '../../../../shared/history/lifecycle';
import { client } from '../../client';
import { ErrorNotice } from '../common/ErrorNotice';

type Side = VersionRef | 'current';
type Changes = Parameters<typeof describeChange>[0][];

/** The changes from one kept version to another (or to the working revision), one readable line each. */
export function VersionDiff({ assessmentId, from, to }: { assessmentId: string; from: Side; to: Side }) {
  const { t } = useTranslation();
  const request = JSON.stringify({ from, to });
  // Kept with the comparison it answers, so that a new choice shows "loading" until its own answer arrives.
  const [loaded, setLoaded] = useState<{ request: string; changes: Changes | null; error: AppError | null } | null>(null);

  useEffect(() => {
    let current = true;
    void client.diffVersions({ id: assessmentId, from, to }).then((result) => {
      if (!current) return;
      setLoaded({ request, changes: result.ok ? (result.value.changes as Changes) : null, error: result.ok ? null : result.error });
    });
    return () => {
      current = false;
    };
  }, [assessmentId, from, to, request]);

  const answer = loaded?.request === request ? loaded : null;
  const changes = answer?.changes ?? null;
  const error = answer?.error ?? null;

  const headingId = useId();
  const translate = (key: string, params?: Record<string, string | number>) => t(key, params ?? {});

  return (
    <section className="version-diff" aria-live="polite" aria-labelledby={headingId}>
      <h3 id={headingId} className="form-title">{t('lifecycle.history.changes')}</h3>
      {error && <ErrorNotice error={error} />}
      {changes === null && !error && <p className="muted">{t('common.loading')}</p>}
      {changes?.length === 0 && <p className="muted">{t('lifecycle.history.noChanges')}</p>}
      {changes && changes.length > 0 && (
        <ul className="version-diff-list">
          {changes.map((change) => (
            <li key={`${change.kind}:${change.path}`}>{describeChange(change, translate)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
