import {
  createEmptyAssessment,
  emptyParty,
  emptyTransfer,
  type Assessment,
  type Party,
  type PartyKind,
  type PartyRole,
  type Transfer,
} from '../../../shared/domain/assessment';

export function party(id: string, kind: PartyKind, role: PartyRole | '', country: string, name = id): Party {
  return { ...emptyParty(id, kind), name, role, country };
}

export function transfer(id: string, from: string, to: string, patch: Partial<Transfer> = {}): Transfer {
  return { ...emptyTransfer(id, from, to), ...patch };
}

/**
 * EU controller → US SaaS processor → AWS US sub-processor: the chain of the first end-to-end case.
 */
export function chainAssessment(): Assessment {
  const a = createEmptyAssessment({ id: '00000000-0000-4000-8000-000000000001', title: 'CRM', now: '2026-01-01T00:00:00.000Z' });
  a.map.parties = [
    { ...party('exporter', 'exporter', 'controller', 'DE', 'Beispiel GmbH'), address: 'Hauptstr. 1, 10115 Berlin', contact: 'dpo@beispiel.de', entityType: 'company' },
    { ...party('saas', 'importer', 'processor', 'US', 'CloudCRM Inc.'), address: '1 Market St, San Francisco, CA', contact: 'privacy@cloudcrm.example', entityType: 'company' },
    { ...party('aws', 'sub-processor', 'processor', 'US', 'Amazon Web Services, Inc.'), address: '410 Terry Ave N, Seattle, WA', contact: '', entityType: 'company' },
  ];
  const common: Partial<Transfer> = {
    dataCategories: ['contact details', 'contract data'],
    dataSubjects: ['customers', 'prospects'],
    specialCategories: false,
    criminalData: false,
    frequency: 'continuous',
    format: 'encrypted',
    keyHolder: 'exporter',
    needsClearText: false,
    retention: 'for the term of the contract plus 30 days',
  };
  a.map.transfers = [
    transfer('t1', 'exporter', 'saas', { ...common, purpose: 'Customer relationship management', accessType: 'storage' }),
    transfer('t2', 'saas', 'aws', { ...common, purpose: 'Hosting of the CRM', accessType: 'storage' }),
  ];
  for (const t of a.map.transfers) t.tool.tool = 'scc';
  a.step2.scc = {
    clause7Docking: true,
    clause9Option: 'general',
    clause9NoticeDays: 30,
    clause11IndependentBody: false,
    clause13Authority: 'Berliner Beauftragte für Datenschutz und Informationsfreiheit',
    clause17Option: 'option1',
    clause17Law: 'DE',
    clause18Forum: 'DE',
  };
  a.step4.measures = [
    { measureId: 'encrypted-storage-exporter-keys', note: 'AES-256, keys in the exporter’s HSM in Frankfurt' },
    { measureId: 'notify-requests', note: '' },
    { measureId: 'training', note: 'Annual training of support staff' },
  ];
  return a;
}
