import { useTranslation } from 'react-i18next';
import type { Assessment, OnwardTransfer } from '../../../../shared/domain/assessment';
import { LIMITS } from '../../../../shared/domain/assessment';
import { newRowId } from '../../lib/ids';
import { useEditor } from '../../stores/editor';
import { OnwardTransferRow } from './OnwardTransferRow';

export function OnwardTransfersWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const update = useEditor((state) => state.update);
  const rows = assessment.step1.onwardTransfers;
  const write = (next: OnwardTransfer[]) => update('step1.onwardTransfers', next);

  const add = () => {
    const id = newRowId();
    write([...rows, { id, recipient: '', country: '', purpose: '' }]);
    // Continue typing in the new row.
    requestAnimationFrame(() => document.getElementById(`onward-${id}-recipient`)?.focus());
  };

  return (
    <div className="row-list">
      {rows.length === 0 && <p className="muted">{t('wizard.step1.onward.empty')}</p>}
      {rows.map((row, index) => (
        <OnwardTransferRow
          key={row.id}
          row={row}
          number={index + 1}
          onChange={(changed) => write(rows.map((r) => (r.id === row.id ? changed : r)))}
          onRemove={() => write(rows.filter((r) => r.id !== row.id))}
        />
      ))}
      <button type="button" className="button button-secondary" onClick={add} disabled={rows.length >= LIMITS.listItems}>
        <span aria-hidden="true">+ </span>
        {t('wizard.step1.onward.add')}
      </button>
    </div>
  );
}
