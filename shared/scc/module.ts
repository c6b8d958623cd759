import type { Party, Transfer, TransferMap } from '../domain/assessment';
import { isEea } from '../domain/countries';
import type { Reason, SccModuleEvaluation } from '../engine/types';
import { proposeSccModule } from './table';

export { SCC_MODULE_TABLE, proposeSccModule } from './table';

const partyLabel = (party: Party): string => party.name.trim() || party.id;

/**
 * An edge is an onward transfer when the sender is not the exporter and itself sits outside the EEA: it received
 * the data under the first transfer's tool and passes it on (importer → sub-processor → …).
 */
export function isOnwardTransfer(sender: Party): boolean {
  return sender.kind !== 'exporter' && sender.country !== '' && !isEea(sender.country);
}

/** The SCC module of one transfer edge: proposed from the roles, then the user's override if any, with the reasons. */
export function evaluateSccModule(map: TransferMap, transfer: Transfer): SccModuleEvaluation {
  const sender = map.parties.find((p) => p.id === transfer.fromPartyId);
  const recipient = map.parties.find((p) => p.id === transfer.toPartyId);
  const reasons: Reason[] = [];
  let proposed: SccModuleEvaluation['proposed'] = null;

  if (!sender || !recipient) {
    reasons.push({ key: 'scc.module.partyMissing', params: { transferId: transfer.id } });
  } else {
    const from = partyLabel(sender);
    const to = partyLabel(recipient);
    for (const party of [sender, recipient]) {
      if (party.role === '') reasons.push({ key: 'scc.module.roleMissing', params: { party: partyLabel(party) } });
    }
    proposed = proposeSccModule(sender.role, recipient.role);
    if (proposed !== null) reasons.push({ key: `scc.module.proposed${proposed}`, params: { from, to } });
    if (isOnwardTransfer(sender)) {
      reasons.push({ key: 'scc.module.onwardTransfer', params: { from, to } });
      if (proposed === 2 || proposed === 3) reasons.push({ key: 'scc.module.onwardSubProcessing', params: { from, to } });
      else if (proposed === 1) reasons.push({ key: 'scc.module.onwardModule1', params: { from, to } });
      reasons.push({ key: 'scc.module.onwardSameLogic', params: { from, to } });
    }
  }

  const override = transfer.tool.sccModuleOverride;
  const overridden = override !== null && override !== proposed;
  const overrideLacksReason = overridden && transfer.tool.sccModuleOverrideReason.trim() === '';
  const effective = override ?? proposed;
  if (overridden) {
    reasons.push(
      overrideLacksReason
        ? { key: 'scc.module.overrideWithoutReason', params: { module: override, proposed: proposed ?? '–' } }
        : { key: 'scc.module.override', params: { module: override, reason: transfer.tool.sccModuleOverrideReason.trim() } },
    );
  }
  if (effective === 4) reasons.push({ key: 'scc.module.module4Clauses14And15' });
  if (effective === 2 || effective === 3) reasons.push({ key: 'scc.module.needsClause9AndAnnexIII' });

  return { proposed, effective, overridden, overrideLacksReason, reasons };
}
