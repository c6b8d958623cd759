import { useMemo } from 'react';
import type { Assessment } from '../../../../shared/domain/assessment';
import type { Reason } from '../../../../shared/engine/types';
import { useEvaluation } from '../../hooks/useEvaluation';
import { useLawLibrary } from '../../stores/lawLibrary';
import { FillFromVendorButton } from './FillFromVendorButton';
import { MapDiagram } from './MapDiagram';
import { PartiesTable } from './PartiesTable';
import { TransfersTable } from './TransfersTable';

/** Step 1: the diagram of the map, then the parties and the transfers, which is where the map is edited. */
export function TransferMapWidget({ assessment }: { assessment: Assessment }) {
  const library = useLawLibrary((state) => state.library);
  const evaluation = useEvaluation();
  const prompts = useMemo(
    () => new Map<string, readonly Reason[]>((evaluation?.transfers ?? []).map((te) => [te.transferId, te.minimisationPrompts])),
    [evaluation],
  );
  return (
    <div className="transfer-map">
      <FillFromVendorButton assessment={assessment} />
      <MapDiagram map={assessment.map} library={library} />
      <PartiesTable map={assessment.map} />
      <TransfersTable map={assessment.map} prompts={prompts} />
    </div>
  );
}
