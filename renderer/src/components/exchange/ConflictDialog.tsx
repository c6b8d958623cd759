import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFLICT_CHOICES, type ConflictChoice, type ConflictResolution, type ImportConflict } from '../../../../shared/exchange/conflicts';
import { useLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { Dialog } from '../common/Dialog';

interface ConflictDialogProps {
  conflicts: ImportConflict[];
  /** One assessment from a file, or the many of a workspace (a choice for all, and for single ones). */
  mode: 'single' | 'workspace';
  onResolve: (resolution: ConflictResolution) => void;
  onCancel: () => void;
}

/** More rows than anyone decides one by one; the rest follow the choice for all. */
const LISTED = 50;

function ConflictFacts({ conflict }: { conflict: ImportConflict }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <p>
        {t('exchange.conflict.stored', {
          title: conflict.existingTitle,
          date: formatDateTime(conflict.existingUpdatedAt, language),
          status: t(`lifecycle.state.${conflict.existingLifecycle}`),
        })}
      </p>
      <p>{t('exchange.conflict.imported', { title: conflict.importedTitle, date: formatDateTime(conflict.importedUpdatedAt, language) })}</p>
    </>
  );
}

function SingleConflict({ conflict, onResolve, onCancel }: { conflict: ImportConflict; onResolve: (choice: ConflictChoice) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('exchange.conflict.titleOne')} onClose={onCancel}>
      <p>{t('exchange.conflict.leadOne')}</p>
      <ConflictFacts conflict={conflict} />
      <ul className="conflict-hints">
        <li>
          <strong>{t('exchange.conflict.keepBoth')}:</strong> {t('exchange.conflict.keepBothHint')}
        </li>
        <li>
          <strong>{t('exchange.conflict.replace')}:</strong> {t('exchange.conflict.replaceHint')}
        </li>
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" autoFocus onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onResolve('replace')}>
          {t('exchange.conflict.replace')}
        </button>
        <button type="button" className="button button-primary" onClick={() => onResolve('keep-both')}>
          {t('exchange.conflict.keepBoth')}
        </button>
      </div>
    </Dialog>
  );
}

function ChoiceSelect({ label, value, onChange }: { label: string; value: ConflictChoice; onChange: (choice: ConflictChoice) => void }) {
  const { t } = useTranslation();
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value as ConflictChoice)}>
      {CONFLICT_CHOICES.map((choice) => (
        <option key={choice} value={choice}>
          {t(choice === 'keep-both' ? 'exchange.conflict.keepBoth' : 'exchange.conflict.replace')}
        </option>
      ))}
    </select>
  );
}

function WorkspaceConflicts({ conflicts, onResolve, onCancel }: Omit<ConflictDialogProps, 'mode'>) {
  const { t } = useTranslation();
  const allId = useId();
  const [all, setAll] = useState<ConflictChoice>('keep-both');
  const [byId, setById] = useState<Record<string, ConflictChoice>>({});
  const listed = conflicts.slice(0, LISTED);

  return (
    <Dialog title={t('exchange.conflict.titleMany', { count: conflicts.length })} onClose={onCancel} wide>
      <p>{t('exchange.conflict.leadMany')}</p>
      <ul className="conflict-hints">
        <li>
          <strong>{t('exchange.conflict.keepBoth')}:</strong> {t('exchange.conflict.keepBothHint')}
        </li>
        <li>
          <strong>{t('exchange.conflict.replace')}:</strong> {t('exchange.conflict.replaceWorkspaceHint')}
        </li>
      </ul>
      <fieldset className="conflict-all">
        <legend className="field-label">{t('exchange.conflict.forAll')}</legend>
        <div className="choice-row">
          {CONFLICT_CHOICES.map((choice) => (
            <label key={choice} className="choice">
              <input type="radio" name={allId} value={choice} checked={all === choice} onChange={() => setAll(choice)} />
              {t(choice === 'keep-both' ? 'exchange.conflict.keepBoth' : 'exchange.conflict.replace')}
            </label>
          ))}
        </div>
      </fieldset>
      <h3 className="conflict-list-title">{t('exchange.conflict.single')}</h3>
      <ul className="conflict-list">
        {listed.map((conflict) => (
          <li key={conflict.id} className="conflict-item">
            <div>
              <ConflictFacts conflict={conflict} />
            </div>
            <ChoiceSelect
              label={t('exchange.conflict.choiceFor', { title: conflict.importedTitle })}
              value={byId[conflict.id] ?? all}
              onChange={(choice) => setById((current) => ({ ...current, [conflict.id]: choice }))}
            />
          </li>
        ))}
      </ul>
      {conflicts.length > listed.length && <p className="muted">{t('exchange.conflict.listed', { shown: listed.length, count: conflicts.length })}</p>}
      <p className="muted">{t('exchange.conflict.others')}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" autoFocus onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-primary" onClick={() => onResolve({ all, byId })}>
          {t('exchange.conflict.confirm')}
        </button>
      </div>
    </Dialog>
  );
}

/**
 * Asks what to do with imported assessments whose ids are taken here: keep both, or replace the stored one. For a
 * single file, two buttons; for a workspace, a choice for all and, for the first of them, one for each.
 */
export function ConflictDialog({ conflicts, mode, onResolve, onCancel }: ConflictDialogProps) {
  const first = conflicts[0];
  if (mode === 'single' && first) return <SingleConflict conflict={first} onResolve={(choice) => onResolve({ all: choice })} onCancel={onCancel} />;
  return <WorkspaceConflicts conflicts={conflicts} onResolve={onResolve} onCancel={onCancel} />;
}
