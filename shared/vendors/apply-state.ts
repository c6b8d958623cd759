import type { Assessment } from '../domain/assessment';
import { MAX_EVIDENCE_LINKS, evidenceLinkSchema, type EvidenceLink } from '../domain/evidence';
import type { AppliedChange } from './apply-to-assessment';
import type { ProfileFact, VendorProfile } from './profile';

/**
 * What applying a profile builds up: the assessment being filled (a copy, changed in place), the changes to show
 * the user, and the facts cited, each once per place it is used for.
 */
export class ApplyState {
  readonly changes: AppliedChange[] = [];
  private readonly cited: Set<string>;

  constructor(
    readonly assessment: Assessment,
    readonly profile: VendorProfile,
  ) {
    this.cited = new Set(assessment.evidence.map((link) => citationKey(link.factId, link.usedFor)));
  }

  /** Records a change the profile made (or, for a `…Differs` kind, one it left to the user) and cites the fact for it. */
  change(fact: ProfileFact, kind: string, values: Record<string, string>, usedFor: string): void {
    this.note(fact, kind, values, usedFor);
    this.cite(fact, usedFor);
  }

  /** Records a change that comes from the profile as a whole (the vendor's name), shown beside the fact that names it. */
  note(fact: ProfileFact, kind: string, values: Record<string, string>, usedFor: string): void {
    this.changes.push({ factId: fact.id, factType: fact.type, kind, values, usedFor });
  }

  /** Cites the fact where it is used, once; true when it was cited now rather than before. */
  cite(fact: ProfileFact, usedFor: string): boolean {
    const key = citationKey(fact.id, usedFor);
    if (this.cited.has(key) || this.assessment.evidence.length >= MAX_EVIDENCE_LINKS) return false;
    const link = evidenceLink(fact, this.profile.vendorName, usedFor);
    if (!link) return false;
    this.cited.add(key);
    this.assessment.evidence.push(link);
    return true;
  }

  /** Cites a fact that changes nothing on the map but informs a step, and tells the user so the first time. */
  citeOnly(fact: ProfileFact, usedFor: string, values: Record<string, string>): void {
    if (this.cite(fact, usedFor)) this.changes.push({ factId: fact.id, factType: fact.type, kind: 'evidenceLinked', values, usedFor });
  }
}

const citationKey = (factId: string, usedFor: string) => `${factId}\u0000${usedFor}`;

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A timestamp as the document schema wants it (ISO 8601 in UTC), from whatever form the profile stored. */
function isoTimestamp(value: string): string | null {
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/**
 * The citation of a fact as the assessment keeps it. A fact whose document cannot be named by hash and date is not
 * cited: a citation nobody can check is worth nothing in the report.
 */
export function evidenceLink(fact: ProfileFact, vendor: string, usedFor: string): EvidenceLink | null {
  const importedAt = isoTimestamp(fact.importedAt);
  if (importedAt === null) return null;
  const parsed = evidenceLinkSchema.safeParse({
    factId: fact.id,
    factType: fact.type,
    value: cut(fact.value, 300),
    normalized: cut(fact.normalized, 300),
    sentence: cut(fact.evidence.text, 20_000),
    vendor: cut(vendor, 300),
    document: { name: cut(fact.documentName, 300), sha256: fact.documentSha256.toLowerCase(), importedAt },
    usedFor: cut(usedFor, 300),
  });
  return parsed.success ? parsed.data : null;
}
