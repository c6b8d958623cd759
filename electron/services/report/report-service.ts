import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Assessment } from '../../../shared/domain/assessment';
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
  resourcesDir: string;
  now: () => Date;
  appVersion: string;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function translator(language: ReportLanguage): Translate {
  const i18n = createI18n(language);
  return (key, options) => i18n.t(key, options ?? {});
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

  return {
    render: async (assessment, options) => (await render(assessment, options, deps.now())).pdf,
    renderAndSign,
    async exportSigned({ assessmentId, identityId, passphrase, ...options }) {
      const assessment = deps.assessments.get(assessmentId);
      return renderAndSign(assessment, deps.identity.unlock(identityId, passphrase), options);
    },
    countersign,
    countersignStored: ({ pdf, identityId, passphrase, appearance }) => countersign(pdf, deps.identity.unlock(identityId, passphrase), appearance),
    verify: (pdf) => verifyPdf(pdf, deps.trust.fingerprints()),
  };
}
