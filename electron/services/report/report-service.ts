import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Assessment } from '../../../shared/domain/assessment';
import type { LawLibrary } from '../../../shared/domain/law-library';
import { createI18n } from '../../../shared/i18n';
import { buildReportModel } from '../../../shared/report/build-report-model';
import { signPdf } from '../signing/sign';
import { verifyPdf } from '../signing/verify';
import type { AssessmentStore, IdentityService, ReportService, SignedReport, UnlockedIdentity } from '../types';
import { contentHash } from './content-hash';
import { loadReportFonts } from './fonts';
import { renderReportPdf } from './render-report-pdf';
import { reportFileName } from './report-file-name';

export interface ReportServiceDeps {
  assessments: AssessmentStore;
  lawLibrary: () => LawLibrary;
  identity: IdentityService;
  resourcesDir: string;
  now: () => Date;
  appVersion: string;
}

export function createReportService(deps: ReportServiceDeps): ReportService {
  const i18n = createI18n('en');
  const t = (key: string, options?: Record<string, unknown>): string => i18n.t(key, options ?? {});

  async function renderAndSign(assessment: Assessment, identity: UnlockedIdentity): Promise<SignedReport> {
    const generatedAt = deps.now();
    const hash = contentHash(assessment);
    const model = buildReportModel(assessment, deps.lawLibrary(), t, {
      contentHash: hash,
      generatedAt: generatedAt.toISOString(),
      appVersion: deps.appVersion,
    });
    const unsigned = await renderReportPdf(model, loadReportFonts(join(deps.resourcesDir, 'fonts')));
    const pdf = await signPdf(unsigned, identity, generatedAt);
    return {
      fileName: reportFileName(assessment.title, generatedAt),
      pdf,
      contentHash: hash,
      fileSha256: createHash('sha256').update(pdf).digest('hex'),
    };
  }

  return {
    renderAndSign,
    async exportSigned(assessmentId, passphrase) {
      const assessment = deps.assessments.get(assessmentId);
      return renderAndSign(assessment, deps.identity.unlock(passphrase));
    },
    verify: verifyPdf,
  };
}
