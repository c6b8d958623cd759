import type { EvidenceLink } from '../domain/evidence';
import { isCountryCode } from '../domain/countries';
import { STEPS } from '../wizard/steps';
import { answerRow, partyById, partyName, stepLabel, transferTitle, type ReportContext } from './context';
import { formatCountry, formatTimestamp } from './format';
import type { ReportBlock, ReportSection, TableCell } from './model';

/**
 * The facts the assessment took from the vendor's own documents, document by document: its name, the SHA-256 of
 * its text as imported and the import date, so that a reader can fetch the same text and check each quotation;
 * then each fact with where the assessment uses it and the sentence it was read from, quoted exactly.
 */
export function evidenceSection(ctx: ReportContext): ReportSection | null {
  const { t } = ctx;
  const documents = byDocument(ctx.assessment.evidence);
  if (documents.length === 0) return null;
  const blocks: ReportBlock[] = [];
  for (const links of documents) {
    const first = links[0]!;
    blocks.push(
      { kind: 'heading', text: first.document.name.trim() || t('report.vendorEvidence.unnamedDocument') },
      {
        kind: 'answers',
        rows: [
          answerRow(ctx, t('report.vendorEvidence.vendor'), [first.vendor], { required: false }),
          answerRow(ctx, t('report.vendorEvidence.sha256'), [first.document.sha256], { required: false }),
          answerRow(ctx, t('report.vendorEvidence.importedAt'), [formatTimestamp(first.document.importedAt, ctx.language)], { required: false }),
        ],
      },
      factsTable(ctx, links),
    );
  }
  return {
    key: 'evidence',
    label: t('report.vendorEvidence.label'),
    title: t('report.vendorEvidence.title'),
    intro: t('report.vendorEvidence.intro'),
    status: null,
    blocks,
    referencesLabel: t('report.references'),
    references: [],
  };
}

/** Step 1 says where the facts it took from the vendor's documents are quoted. */
export function evidencePointer(ctx: ReportContext): ReportBlock[] {
  const count = ctx.assessment.evidence.length;
  if (count === 0) return [];
  return [{ kind: 'paragraph', text: ctx.t('report.vendorEvidence.pointer', { count, title: ctx.t('report.vendorEvidence.title') }), tone: 'normal' }];
}

/** The links grouped by the document they quote, in the order the documents were first cited. */
function byDocument(links: readonly EvidenceLink[]): EvidenceLink[][] {
  const groups = new Map<string, EvidenceLink[]>();
  for (const link of links) {
    const key = `${link.vendor}\u0000${link.document.sha256}\u0000${link.document.name}`;
    const group = groups.get(key);
    if (group) group.push(link);
    else groups.set(key, [link]);
  }
  return [...groups.values()];
}

function factsTable(ctx: ReportContext, links: readonly EvidenceLink[]): ReportBlock {
  const { t } = ctx;
  const rank = placeOrder(ctx);
  // A stable sort: facts used in the same place keep the order in which they were cited.
  const rows: TableCell[][] = [...links]
    .sort((a, b) => rank(a.usedFor) - rank(b.usedFor))
    .map((link) => [
      { text: t(`report.vendorEvidence.type.${link.factType}`) },
      { text: factValue(ctx, link) },
      { text: placeText(ctx, link.usedFor) },
      { text: t('report.vendorEvidence.quoted', { sentence: link.sentence.trim() }) },
    ]);
  return {
    kind: 'table',
    columns: [
      { header: t('report.vendorEvidence.columns.type'), weight: 2.2 },
      { header: t('report.vendorEvidence.columns.value'), weight: 2.6 },
      { header: t('report.vendorEvidence.columns.usedFor'), weight: 2.5 },
      { header: t('report.vendorEvidence.columns.sentence'), weight: 4.9 },
    ],
    rows,
    emptyText: t('report.noneRecorded'),
  };
}

/** Places in the order the report reads them: the parties and transfers of the map, then the steps. */
function placeOrder(ctx: ReportContext): (usedFor: string) => number {
  const { map } = ctx.assessment;
  const places = [...map.parties.map((p) => p.id), ...map.transfers.map((tr) => tr.id)];
  const order = new Map(places.map((place, index) => [place, index]));
  return (usedFor) => {
    const step = stepOfPlace(usedFor);
    // A place that has left the map comes last.
    return order.get(usedFor) ?? places.length + (step ? STEPS.indexOf(step) : STEPS.length);
  };
}

function placeText(ctx: ReportContext, usedFor: string): string {
  const { t, assessment } = ctx;
  const party = partyById(ctx, usedFor);
  if (party) return t('report.vendorEvidence.usedFor.party', { name: partyName(ctx, party) });
  const index = assessment.map.transfers.findIndex((transfer) => transfer.id === usedFor);
  const transfer = assessment.map.transfers[index];
  if (transfer) return transferTitle(ctx, index, transfer.fromPartyId, transfer.toPartyId);
  const step = stepOfPlace(usedFor);
  if (step) return `${stepLabel(ctx, step)}: ${t(step.titleKey)}`;
  return t('report.vendorEvidence.usedFor.gone', { place: usedFor });
}

/** The step a place names: "step3" itself, or a field path such as "map.parties" or "step4.measures" within it. */
function stepOfPlace(usedFor: string): (typeof STEPS)[number] | undefined {
  const section = usedFor.split(/[.[]/)[0] ?? '';
  return STEPS.find((step) => step.key === (section === 'map' ? 'step1' : section));
}

/**
 * The fact in the words of the review screen's catalogue (`vendorFacts.*`), which names what the document states
 * ("Encryption in transit" for "in transit"); the value as written where the catalogue has no entry.
 */
function factValue(ctx: ReportContext, link: EvidenceLink): string {
  const catalogue = (group: string) => ctx.t(`vendorFacts.${group}.${link.normalized}`, { defaultValue: link.value });
  switch (link.factType) {
    case 'country':
      return isCountryCode(link.normalized) ? formatCountry(link.normalized, ctx.language) : catalogue('region');
    case 'role':
      return catalogue('role');
    case 'mechanism':
      return catalogue('mechanism');
    case 'data_category':
      return catalogue('dataCategory');
    case 'security':
      return catalogue('security');
    case 'government_access':
      return catalogue('governmentAccess');
    case 'requests_reported':
      return link.normalized === 'none-received' ? ctx.t('vendorFacts.requests.none', { defaultValue: link.value }) : link.value;
    case 'subprocessor':
      return link.normalized || link.value;
    case 'retention':
    case 'contact':
      return link.value;
  }
}
