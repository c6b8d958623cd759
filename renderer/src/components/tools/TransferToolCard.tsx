import { useTranslation } from 'react-i18next';
import {
  ART49_DEROGATIONS,
  TRANSFER_TOOLS,
  type Transfer,
  type TransferToolChoice,
} from '../../../../shared/domain/assessment';
import type { LawLibrary } from '../../../../shared/domain/law-library';
import type { TransferEvaluation } from '../../../../shared/engine/types';
import { DateField } from '../fields/DateField';
import { SelectField } from '../fields/SelectField';
import { TextareaField } from '../fields/TextareaField';
import { ReasonList } from '../common/ReasonList';
import { DestinationLine } from './DestinationLine';
import { SccModuleChoice } from './SccModuleChoice';

const options = (prefix: string, values: readonly string[]) => values.map((value) => ({ value, labelKey: `${prefix}.${value}` }));

interface TransferToolCardProps {
  transfer: Transfer;
  number: number;
  evaluation: TransferEvaluation | undefined;
  library: LawLibrary | null;
  onChange: (patch: Partial<TransferToolChoice>) => void;
}

/** Step 2 for one transfer: where it goes, what the library suggests, the tool chosen and what that tool needs. */
export function TransferToolCard({ transfer, number, evaluation, library, onChange }: TransferToolCardProps) {
  const { t } = useTranslation();
  const tool = transfer.tool;
  const id = (field: string) => `tool-${transfer.id}-${field}`;
  const heading = t('map.tools.cardTitle', {
    number,
    from: evaluation?.fromName || t('map.tools.unnamed'),
    to: evaluation?.toName || t('map.tools.unnamed'),
  });
  const suggestion = evaluation?.suggestedTool ?? null;

  return (
    <section className="row-card tool-card" aria-labelledby={id('heading')}>
      <h4 id={id('heading')} className="tool-card-title">
        {heading}
      </h4>
      {evaluation && <DestinationLine evaluation={evaluation} library={library} />}
      {evaluation && evaluation.toolReasons.length > 0 && <ReasonList reasons={evaluation.toolReasons} />}

      {suggestion && suggestion !== tool.tool && (
        <div className="tool-suggestion">
          <p>{t('map.tools.suggested', { tool: t(`options.tool.${suggestion}`) })}</p>
          <button type="button" className="button button-small button-secondary" onClick={() => onChange({ tool: suggestion })}>
            {t('map.tools.useSuggestion')}
            <span className="visually-hidden"> {heading}</span>
          </button>
        </div>
      )}

      <SelectField
        id={id('tool')}
        label={t('map.tools.tool')}
        required
        value={tool.tool}
        options={options('options.tool', TRANSFER_TOOLS)}
        onChange={(value) => onChange({ tool: value as TransferToolChoice['tool'] })}
      />

      {evaluation && evaluation.warnings.length > 0 && (
        <div className="notice notice-warning">
          <ReasonList reasons={evaluation.warnings} />
        </div>
      )}

      {tool.tool === 'dpf' && (
        <div className="tool-specifics">
          <div className="checkbox-field">
            <input
              id={id('dpf-confirmed')}
              type="checkbox"
              checked={tool.dpfCertificationConfirmed}
              aria-required
              aria-describedby={id('dpf-confirmed-help')}
              onChange={(event) => onChange({ dpfCertificationConfirmed: event.target.checked })}
            />
            <label htmlFor={id('dpf-confirmed')}>{t('map.tools.dpfConfirmed')}</label>
          </div>
          <p id={id('dpf-confirmed-help')} className="field-help">
            {t('map.tools.dpfConfirmedHelp')}
          </p>
          <DateField
            id={id('dpf-checked-on')}
            label={t('map.tools.dpfCheckedOn')}
            required
            value={tool.dpfCheckedOn}
            onChange={(dpfCheckedOn) => onChange({ dpfCheckedOn })}
          />
        </div>
      )}

      {tool.tool === 'art49' && (
        <SelectField
          id={id('art49')}
          label={t('map.tools.art49Derogation')}
          help={t('map.tools.art49Help')}
          required
          value={tool.art49Derogation}
          options={options('options.art49', ART49_DEROGATIONS)}
          onChange={(value) => onChange({ art49Derogation: value as TransferToolChoice['art49Derogation'] })}
        />
      )}

      {tool.tool === 'scc' && (
        <SccModuleChoice transfer={transfer} evaluation={evaluation?.sccModule ?? null} onChange={onChange} />
      )}

      <TextareaField
        id={id('details')}
        label={t('map.tools.details')}
        help={t('map.tools.detailsHelp')}
        required={false}
        rows={2}
        value={tool.details}
        onChange={(details) => onChange({ details })}
      />
    </section>
  );
}
