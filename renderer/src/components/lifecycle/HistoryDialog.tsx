import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { AssessmentHistory, VersionEntry, VersionRef } from '../../../../shared/history/lifecycle';
import { client } from '../../client';
import { useLanguage } from '../../i18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { Dialog } from '../common/Dialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { VersionDiff } from './VersionDiff';

const CURRENT = 'current';
const keyOf = (version: VersionRef) => `${version.revision}|${version.kind}|${version.at}`;

function sideOf(key: string | null, byKey: ReadonlyMap<string, VersionEntry>): VersionRef | 'current' | null {
  if (key === CURRENT) return CURRENT;
  const version = key ? byKey.get(key) : undefined;
  return version ? { revision: version.revision, kind: version.kind, at: version.at } : null;
}

function VersionDetails({ version }: { version: VersionEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      {version.approval && <span className="badge badge-neutral">{t(`lifecycle.approval.${version.approval}`)}</span>}
      {version.approver && version.approvedOn && (
        <div>{t('lifecycle.history.approvedBy', { approver: version.approver, date: formatDate(version.approvedOn, language) })}</div>
      )}
      {version.note && <div>{t('lifecycle.history.note', { note: version.note })}</div>}
      {version.reportSha256 && (
        <div className="hash">{t('lifecycle.history.report', { hash: version.reportSha256 })}</div>
      )}
    </>
  );
}

/** The kept versions of an assessment, and what changed between any two of them or the working revision. */
export function HistoryDialog({ assessmentId, onClose }: { assessmentId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [history, setHistory] = useState<AssessmentHistory | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string>(CURRENT);

  useEffect(() => {
    void client.getHistory(assessmentId).then((result) => {
      if (!result.ok) return setError(result.error);
      setHistory(result.value);
      const newest = result.value.versions[0];
      if (newest) setFrom(keyOf(newest));
    });
  }, [assessmentId]);

  const byKey = useMemo(() => new Map((history?.versions ?? []).map((v) => [keyOf(v), v])), [history]);
  // Kept stable between renders: the comparison loads again only when a choice changes.
  const fromSide = useMemo(() => sideOf(from, byKey), [from, byKey]);
  const toSide = useMemo(() => sideOf(to, byKey), [to, byKey]);

  const versionName = (version: VersionEntry) =>
    t('lifecycle.history.versionName', { revision: version.revision, event: t(`lifecycle.kind.${version.kind}`), at: formatDateTime(version.at, language) });
  const options = (
    <>
      <option value={CURRENT}>{t('lifecycle.history.current')}</option>
      {history?.versions.map((version) => (
        <option key={keyOf(version)} value={keyOf(version)}>
          {versionName(version)}
        </option>
      ))}
    </>
  );

  return (
    <Dialog title={t('lifecycle.history.title')} onClose={onClose} wide>
      <p className="form-lead">{t('lifecycle.history.lead')}</p>
      {error && <ErrorNotice title={t('lifecycle.loadFailed')} error={error} />}
      {history && history.versions.length === 0 && <p className="muted">{t('lifecycle.history.none')}</p>}
      {history && history.versions.length > 0 && (
        <>
          <div className="table-frame">
            <table className="data-table compact-table">
              <caption className="visually-hidden">{t('lifecycle.history.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('lifecycle.history.columns.revision')}</th>
                  <th scope="col">{t('lifecycle.history.columns.event')}</th>
                  <th scope="col">{t('lifecycle.history.columns.at')}</th>
                  <th scope="col">{t('lifecycle.history.columns.actor')}</th>
                  <th scope="col">{t('lifecycle.history.columns.details')}</th>
                </tr>
              </thead>
              <tbody>
                {history.versions.map((version) => (
                  <tr key={keyOf(version)}>
                    <td>{version.revision}</td>
                    <td>{t(`lifecycle.kind.${version.kind}`)}</td>
                    <td>{formatDateTime(version.at, language)}</td>
                    <td>{version.actor}</td>
                    <td>
                      <VersionDetails version={version} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="version-compare">
            <div className="field">
              <label htmlFor="compare-from">{t('lifecycle.history.from')}</label>
              <select id="compare-from" value={from ?? CURRENT} onChange={(event) => setFrom(event.target.value)}>
                {options}
              </select>
            </div>
            <div className="field">
              <label htmlFor="compare-to">{t('lifecycle.history.to')}</label>
              <select id="compare-to" value={to} onChange={(event) => setTo(event.target.value)}>
                {options}
              </select>
            </div>
          </div>
          {fromSide && toSide ? <VersionDiff assessmentId={assessmentId} from={fromSide} to={toSide} /> : <p className="muted">{t('lifecycle.history.pickTwo')}</p>}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
