/** English texts of the engine area, merged into one flat resource by ../index.ts. Keys are dotted paths. */
export const engine = {
  engine: {},
  measureGroups: { technical: 'Technical', contractual: 'Contractual', organisational: 'Organisational' },
  measures: {
    'encrypted-storage-exporter-keys': {
      title: 'Strong encryption for storage or backup, keys held by the exporter',
      description: 'EDPB use case 1: data stored without the importer needing it in clear; keys held in the EEA or an adequate country.',
    },
    pseudonymisation: {
      title: 'Pseudonymisation before transfer',
      description: 'EDPB use case 2: effective only if the data cannot be re-identified, even by cross-referencing.',
    },
    'transit-encryption': {
      title: 'State-of-the-art transport encryption for data merely in transit',
      description: 'EDPB use case 3: encrypted data that only transits a third country.',
    },
    'protected-recipient': {
      title: 'Protected recipient',
      description: 'EDPB use case 4: a recipient protected by law (e.g. a privileged professional), within that protection.',
    },
    'split-processing': {
      title: 'Split or multi-party processing',
      description: 'EDPB use case 5: no party alone can reconstruct the data.',
    },
    'encryption-at-rest-importer-keys': {
      title: 'Encryption at rest, keys held by the importer',
      description: 'Protects against theft, but not against an authority that compels the importer.',
    },
    'access-control-logging': { title: 'Access control and logging', description: 'Need-to-know access, logged and reviewed.' },
    'transparency-on-laws': {
      title: 'Transparency on laws and past requests',
      description: 'The importer describes the laws it is subject to and the requests it has received.',
    },
    'notify-requests': {
      title: 'Notification of requests',
      description: 'The importer notifies the exporter (and where possible the data subject) of requests or direct access.',
    },
    'challenge-orders': { title: 'Review and challenge of orders', description: 'The importer reviews the legality of each request and challenges it where there are grounds.' },
    'warrant-canary': { title: 'Warrant canary', description: 'The importer regularly states that it has received no requests.' },
    'assist-redress': { title: 'Help with redress', description: 'The importer helps data subjects to exercise their rights and seek redress.' },
    'audit-rights': { title: 'Audit rights', description: 'The exporter may audit the importer’s handling of requests.' },
    'access-request-policy': { title: 'Policy for authority requests', description: 'Internal procedure for handling requests from public authorities.' },
    'transparency-reports': { title: 'Transparency reports', description: 'Regular public reporting on requests received.' },
    minimisation: { title: 'Need to know and minimisation', description: 'Only the data needed for the purpose is transferred and accessible.' },
    audits: { title: 'Regular audits', description: 'Internal or external audits of the measures.' },
    training: { title: 'Staff training', description: 'Training on handling authority requests.' },
    certifications: { title: 'Standards and certifications', description: 'E.g. ISO/IEC 27001, SOC 2.' },
  },
  checklist: {
    'scc-unmodified': 'The SCCs are used without changes (otherwise they are ad hoc clauses).',
    'annexes-complete': 'Annexes I–III of the SCCs are complete.',
    'importer-clause-14-15': 'The importer has confirmed its Clause 14 and 15 commitments.',
    'supplementary-clauses-consistent': 'Supplementary clauses do not contradict the SCCs.',
    'ad-hoc-authorisation': 'Authorisation obtained from the supervisory authority for ad hoc clauses.',
    'bcr-approval': 'The BCRs are approved and cover this transfer.',
    'documentation-available': 'This assessment is documented and can be handed to the supervisory authority on request (Clause 14(f)).',
    'importer-notification-process': 'A process exists for the importer to notify changes in its laws or practice.',
  },
  triggers: {
    'law-change': 'A change in the destination’s law or practice',
    'adequacy-change': 'An adequacy decision is adopted, amended or annulled',
    'dpf-change': 'A change in the Data Privacy Framework or the importer’s certification',
    'new-subprocessor': 'A new sub-processor or onward recipient',
    incident: 'A security incident or data breach at the importer',
    'new-data-category': 'A new category of data or data subjects',
    'government-request': 'The importer receives a request from a public authority',
  },
} as const;
