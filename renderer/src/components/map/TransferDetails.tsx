import { useTranslation } from 'react-i18next';
import {
  ACCESS_TYPES,
  DATA_FORMATS,
  FREQUENCIES,
  KEY_HOLDERS,
  type Transfer,
} from '../../../../shared/domain/assessment';
import { LinesField } from '../fields/LinesField';
import { SelectField } from '../fields/SelectField';
import { TextareaField } from '../fields/TextareaField';
import { TextField } from '../fields/TextField';
import { YesNoField } from '../fields/YesNoField';

const options = (prefix: string, values: readonly string[]) => values.map((value) => ({ value, labelKey: `${prefix}.${value}` }));

export const transferFieldId = (transferId: string, field: string) => `transfer-${transferId}-${field}`;

interface TransferDetailsProps {
  transfer: Transfer;
  onChange: (patch: Partial<Omit<Transfer, 'id' | 'tool'>>) => void;
}

/** Everything step 1 records about one transfer (the tool is chosen in step 2). */
export function TransferDetails({ transfer, onChange }: TransferDetailsProps) {
  const { t } = useTranslation();
  const id = (field: string) => transferFieldId(transfer.id, field);
  return (
    <div className="transfer-details">
      <div className="row-grid">
        <LinesField
          id={id('categories')}
          label={t('map.transfer.dataCategories')}
          help={t('map.transfer.linesHelp')}
          required
          value={transfer.dataCategories}
          onChange={(dataCategories) => onChange({ dataCategories })}
        />
        <LinesField
          id={id('subjects')}
          label={t('map.transfer.dataSubjects')}
          help={t('map.transfer.linesHelp')}
          required
          value={transfer.dataSubjects}
          onChange={(dataSubjects) => onChange({ dataSubjects })}
        />
      </div>
      <div className="row-grid">
        <YesNoField
          id={id('special')}
          label={t('map.transfer.specialCategories')}
          help={t('map.transfer.specialCategoriesHelp')}
          required={false}
          value={transfer.specialCategories}
          onChange={(specialCategories) => onChange({ specialCategories })}
        />
        <YesNoField
          id={id('criminal')}
          label={t('map.transfer.criminalData')}
          help={t('map.transfer.criminalDataHelp')}
          required={false}
          value={transfer.criminalData}
          onChange={(criminalData) => onChange({ criminalData })}
        />
      </div>
      {(transfer.specialCategories === true || transfer.criminalData === true) && (
        <TextareaField
          id={id('special-detail')}
          label={t('map.transfer.specialCategoriesDetail')}
          help={t('map.transfer.specialCategoriesDetailHelp')}
          required
          rows={2}
          value={transfer.specialCategoriesDetail}
          onChange={(specialCategoriesDetail) => onChange({ specialCategoriesDetail })}
        />
      )}
      <TextareaField
        id={id('purpose')}
        label={t('map.transfer.purpose')}
        required
        rows={2}
        value={transfer.purpose}
        onChange={(purpose) => onChange({ purpose })}
      />
      <div className="row-grid">
        <SelectField
          id={id('frequency')}
          label={t('map.transfer.frequency')}
          required={false}
          value={transfer.frequency}
          options={options('options.frequency', FREQUENCIES)}
          onChange={(value) => onChange({ frequency: value as Transfer['frequency'] })}
        />
        <TextField
          id={id('volume')}
          label={t('map.transfer.volume')}
          help={t('map.transfer.volumeHelp')}
          required={false}
          value={transfer.volume}
          onChange={(volume) => onChange({ volume })}
        />
        <SelectField
          id={id('access')}
          label={t('map.transfer.accessType')}
          help={t('map.transfer.accessTypeHelp')}
          required
          value={transfer.accessType}
          options={options('options.accessType', ACCESS_TYPES)}
          onChange={(value) => onChange({ accessType: value as Transfer['accessType'] })}
        />
        <SelectField
          id={id('format')}
          label={t('map.transfer.format')}
          required
          value={transfer.format}
          options={options('options.format', DATA_FORMATS)}
          onChange={(value) => onChange({ format: value as Transfer['format'], ...(value === 'encrypted' ? {} : { keyHolder: '' }) })}
        />
        {transfer.format === 'encrypted' && (
          <SelectField
            id={id('key-holder')}
            label={t('map.transfer.keyHolder')}
            help={t('map.transfer.keyHolderHelp')}
            required
            value={transfer.keyHolder}
            options={options('options.keyHolder', KEY_HOLDERS)}
            onChange={(value) => onChange({ keyHolder: value as Transfer['keyHolder'] })}
          />
        )}
        <TextField
          id={id('retention')}
          label={t('map.transfer.retention')}
          required={false}
          value={transfer.retention}
          onChange={(retention) => onChange({ retention })}
        />
      </div>
      <YesNoField
        id={id('clear-text')}
        label={t('map.transfer.needsClearText')}
        help={t('map.transfer.needsClearTextHelp')}
        required={false}
        value={transfer.needsClearText}
        onChange={(needsClearText) => onChange({ needsClearText })}
      />
    </div>
  );
}
