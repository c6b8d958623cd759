import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Assessment } from '../../../shared/domain/assessment';
import { AppFailure } from '../../../shared/domain/result';
import { serializeInterchange } from '../../../shared/domain/interchange';
import type { LawLibrary } from '../../../shared/domain/law-library';
import { createI18n } from '../../../shared/i18n';
import type { ReportLanguage, SignatureAppearance, SignerRole } from '../../../shared/ipc/contract';
import { buildReportModel } from '../../../shared/report/build-report-model';
import { formatTimestamp } from '../../../shared/report/format';
import type { Translate } from '../../../shared/report/model';
import { readDocumentLanguage } from '../signing/pdf/document-language';
import type { PdfSignatureOptions } from '../signing/signing-types';
import { signPdf } from '../signing/sign';
import { verifyPdf } from '../signing/verify';
import type {
  AssessmentStore,
  IdentityService,
  LifecycleService,
  ReportOptions,
  ReportService,
  SettingsService,
  SignedReport,
  TrustService,
  UnlockedIdentity,
} from '../types';
import { contentHash } from './content-hash';
import { exportFileName } from '../file-name';
import { loadReportFonts } from './fonts';
import { renderReportPdf } from './render-report-pdf';
import { reportFileName } from './report-file-name';

export interface ReportServiceDeps {
  assessments: AssessmentStore;
  lawLibrary: (language: ReportLanguage) => LawLibrary;
  identity: IdentityService;
  trust: TrustService;
  settings: SettingsService;
  /** Records every signed report against the revision it shows; without it nothing is recorded. */
  lifecycle?: Pick<LifecycleService, 'status' | 'recordExportedReport' | 'findReport' | 'matchReport'>;
  resourcesDir: string;
  now: () => Date;
  appVersion: string;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function translator(language: ReportLanguage): Translate {
  const i18n = createI18n(language);
  return (key, options) => i18n.t(key, options ?? {});
}

/** Runs `use`, or gives undefined when the database cannot be used; every other failure stands. */
function whileDatabaseUsable<T>(use: () => T): T | undefined {
  try {
    return use();
  } catch (error) {
    if (error instanceof AppFailure && error.code === 'DATABASE_UNAVAILABLE') return undefined;
    throw error;
  }
}

export function createReportService(deps: ReportServiceDeps): ReportService {
  const translators = new Map<ReportLanguage, Translate>();
  const translate = (language: ReportLanguage): Translate => {
    const cached = translators.get(language);
    if (cached) return cached;
    const created = translator(language);
    translators.set(language, created);
    return created;
  };

  function signatureOptions(
    language: ReportLanguage,
    identity: UnlockedIdentity,
    role: SignerRole,
    appearance: SignatureAppearance,
    signingTime: Date,
  ): PdfSignatureOptions {
    const t = translate(language);
    return {
      identity,
      role,
      appearance,
      signingTime,
      reason: t(`report.signature.reason.${role}`),
      timestampUrl: deps.settings.signing().timestampUrl,
      labels: {
        signedBy: t('report.signature.signedBy'),
        role: t(`report.signature.role.${role}`),
        roleLabel: t('report.signature.roleLabel'),
        organisationLabel: t('report.signature.organisationLabel'),
        dateLabel: t('report.signature.dateLabel'),
        reasonLabel: t('report.signature.reasonLabel'),
        date: formatTimestamp(signingTime.toISOString(), language),
      },
    };
  }

  /** The unsigned PDF and the content hash printed on its cover. */
  async function render(assessment: Assessment, options: Omit<ReportOptions, 'appearance'>, generatedAt: Date): Promise<{ pdf: Buffer; hash: string }> {
    const hash = contentHash(assessment);
    const model = buildReportModel(assessment, deps.lawLibrary(options.language), translate(options.language), {
      contentHash: hash,
      generatedAt: generatedAt.toISOString(),
      appVersion: deps.appVersion,
      language: options.language,
      confidentiality: options.confidentiality,
    });
    const pdf = await renderReportPdf(model, loadReportFonts(join(deps.resourcesDir, 'fonts')), {
      fileName: exportFileName(assessment.title),
      content: serializeInterchange(assessment, generatedAt.toISOString()),
    });
    return { pdf, hash };
  }

  async function renderAndSign(assessment: Assessment, identity: UnlockedIdentity, options: ReportOptions): Promise<SignedReport> {
    const generatedAt = deps.now();
    const unsigned = await render(assessment, options, generatedAt);
    const pdf = await signPdf(unsigned.pdf, signatureOptions(options.language, identity, 'assessor', options.appearance, generatedAt));
    return { fileName: reportFileName(assessment.title, generatedAt), pdf, contentHash: unsigned.hash, fileSha256: sha256(pdf) };
  }

  async function countersign(pdf: Buffer, identity: UnlockedIdentity, appearance: SignatureAppearance) {
    const language: ReportLanguage = readDocumentLanguage(pdf) === 'de' ? 'de' : 'en';
    const signed = await signPdf(pdf, signatureOptions(language, identity, 'approver', appearance, deps.now()));
    return { pdf: signed, fileSha256: sha256(signed) };
  }

  /** The recorded report a file was made from: the app's own export, or else the version its cover names. */
  function originOf(pdf: Buffer, coverHash: () => string | null) {
    const lifecycle = deps.lifecycle;
    if (!lifecycle) return null;
    const fileSha256 = sha256(pdf);
    const recorded = lifecycle.findReport(fileSha256);
    if (recorded) return { assessmentId: recorded.assessmentId, revision: recorded.revision, contentHash: recorded.contentHash };
    const hash = coverHash();
    const match = lifecycle.matchReport(fileSha256, hash);
    return match && hash ? { ...match, contentHash: hash } : null;
  }

  return {
    render: async (assessment, options) => (await render(assessment, options, deps.now())).pdf,
    renderAndSign,
    async exportSigned({ assessmentId, identityId, passphrase, ...options }) {
      const assessment = deps.assessments.get(assessmentId);
      // Read with the document, before rendering gives another write the chance to start a revision.
      const revision = deps.lifecycle?.status(assessmentId).revision;
      const identity = deps.identity.unlock(identityId, passphrase);
      const report = await renderAndSign(assessment, identity, options);
      if (deps.lifecycle && revision !== undefined) {
        deps.lifecycle.recordExportedReport({
          fileSha256: report.fileSha256,
          assessmentId,
          revision,
          contentHash: report.contentHash,
          language: options.language,
          signer: identity.info.name,
          kind: 'signed',
        });
      }
      return report;
    },
    countersign,
    async countersignStored({ pdf, identityId, passphrase, appearance }) {
      const identity = deps.identity.unlock(identityId, passphrase);
      const signed = await countersign(pdf, identity, appearance);
      // Without the database a countersignature is still made; there is just nowhere to record it.
      whileDatabaseUsable(() => {
        const origin = originOf(pdf, () => verifyPdf(pdf, new Set()).contentHash);
        if (!origin || !deps.lifecycle) return;
        deps.lifecycle.recordExportedReport({
          fileSha256: signed.fileSha256,
          ...origin,
          language: readDocumentLanguage(signed.pdf) === 'de' ? 'de' : 'en',
          signer: identity.info.name,
          kind: 'countersigned',
        });
      });
      return signed;
    },
    verify(pdf) {
      const result = verifyPdf(pdf, deps.trust.fingerprints());
      const lifecycle = deps.lifecycle;
      if (!lifecycle) return result;
      const match = whileDatabaseUsable(() => lifecycle.matchReport(sha256(pdf), result.contentHash));
      return match === undefined ? result : { ...result, matchesVersion: match };
    },
  };
}
