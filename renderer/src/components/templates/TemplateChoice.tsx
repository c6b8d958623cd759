import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { TemplateInfo } from '../../../../shared/templates/template';
import { client } from '../../client';
import { ConfirmDeleteDialog } from '../common/ConfirmDeleteDialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { RadioGroup } from '../fields/RadioGroup';

/** How a new assessment starts: empty, or from a template (none chosen while there is none). */
export type StartChoice = { kind: 'blank' } | { kind: 'template'; templateId: string | null };

interface TemplateChoiceProps {
  choice: StartChoice;
  onChange: (choice: StartChoice) => void;
}

/** "Start with an empty assessment or a template", with the templates to choose from and to delete. */
export function TemplateChoice({ choice, onChange }: TemplateChoiceProps) {
  const { t } = useTranslation();
  const [templates, setTemplates] = useState<TemplateInfo[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [deleting, setDeleting] = useState<TemplateInfo | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let current = true;
    void client.listTemplates().then((result) => {
      if (!current) return;
      if (result.ok) setTemplates(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, []);

  // "A template" may be chosen before the list has arrived: the first one is then taken once it has.
  const firstId = templates?.[0]?.id ?? null;
  useEffect(() => {
    if (choice.kind === 'template' && choice.templateId === null && firstId !== null) onChange({ kind: 'template', templateId: firstId });
  }, [choice, firstId, onChange]);

  const chosen = choice.kind === 'template' ? templates?.find((template) => template.id === choice.templateId) : undefined;

  return (
    <>
      <RadioGroup
        id="new-assessment-start"
        label={t('templates.start.legend')}
        required={false}
        options={[
          { value: 'blank', label: t('templates.start.blank') },
          { value: 'template', label: t('templates.start.fromTemplate') },
        ]}
        value={choice.kind}
        onChange={(kind) => onChange(kind === 'template' ? { kind, templateId: templates?.[0]?.id ?? null } : { kind: 'blank' })}
      />
      {error && <ErrorNotice title={t('templates.start.loadFailed')} error={error} />}
      <p role="status" className="status-line">
        {status}
      </p>
      {choice.kind === 'template' && templates !== null && templates.length === 0 && <p className="muted">{t('templates.start.none')}</p>}
      {choice.kind === 'template' && templates !== null && templates.length > 0 && (
        <div className="field">
          <label htmlFor="new-assessment-template">{t('templates.start.choose')}</label>
          {chosen?.description && (
            <p id="new-assessment-template-help" className="field-help">
              {chosen.description}
            </p>
          )}
          <div className="template-row">
            <select
              id="new-assessment-template"
              value={choice.templateId ?? ''}
              aria-describedby={chosen?.description ? 'new-assessment-template-help' : undefined}
              onChange={(event) => onChange({ kind: 'template', templateId: event.target.value })}
            >
              {templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name}
                </option>
              ))}
            </select>
            {chosen && (
              <button type="button" className="button button-small button-danger-quiet" onClick={() => setDeleting(chosen)}>
                {t('templates.start.delete')}
                <span className="visually-hidden"> {chosen.name}</span>
              </button>
            )}
          </div>
        </div>
      )}
      {deleting && (
        <ConfirmDeleteDialog
          title={t('templates.start.deleteTitle', { name: deleting.name })}
          text={t('templates.start.deleteText', { name: deleting.name })}
          confirmLabel={t('templates.start.deleteConfirm')}
          failedTitle={t('templates.start.deleteFailed')}
          remove={() => client.deleteTemplate(deleting.id)}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            const rest = (templates ?? []).filter((template) => template.id !== deleting.id);
            setTemplates(rest);
            setStatus(t('templates.start.deleted', { name: deleting.name }));
            setDeleting(null);
            onChange({ kind: 'template', templateId: rest[0]?.id ?? null });
          }}
        />
      )}
    </>
  );
}
