import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import { updateTransferTool } from '../../../../shared/map/edit';
import { useEvaluation } from '../../hooks/useEvaluation';
import { useMapEdit } from '../../hooks/useMapEdit';
import { useLawLibrary } from '../../stores/lawLibrary';
import { TransferToolCard } from './TransferToolCard';

/** Step 2: one card per transfer of the map, each with its own tool. */
export function TransferToolsWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const edit = useMapEdit();
  const library = useLawLibrary((state) => state.library);
  const evaluation = useEvaluation();
  const transfers = assessment.map.transfers;
  if (transfers.length === 0) return <p className="muted">{t('map.tools.noTransfers')}</p>;
  return (
    <div className="row-list tool-cards">
      {!evaluation && <p className="muted">{t('map.loadingEvaluation')}</p>}
      {transfers.map((transfer, index) => (
        <TransferToolCard
          key={transfer.id}
          transfer={transfer}
          number={index + 1}
          evaluation={evaluation?.transfers.find((te) => te.transferId === transfer.id)}
          library={library}
          onChange={(patch) => edit((map) => updateTransferTool(map, transfer.id, patch))}
        />
      ))}
    </div>
  );
}
