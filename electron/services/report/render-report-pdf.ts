import PDFDocument from 'pdfkit';
import type { ReportModel } from '../../../shared/report/model';
import { ContentsPlan } from './contents-plan';
import { fillContents, reserveContents } from './contents-renderer';
import { renderCover } from './cover-renderer';
import { documentInfo, useEscapedXmp } from './document-metadata';
import { attachAssessment, type EmbeddedAssessmentFile } from './embedded-assessment';
import { registerReportFonts, type FontData } from './fonts';
import { addOutline } from './outline';
import { PageFlow } from './page-flow';
import { collectOutput } from './document-output';
import { PageContents } from './page-contents';
import { drawPageFurniture } from './page-furniture';
import { INFO_SIGNOFF_BOXES } from './pdf-info-keys';
import { renderSection } from './section-renderer';
import { renderSignOffPage } from './signoff-renderer';
import { renderSummary } from './summary-renderer';
import { Tagger } from './tagging';
import { PAGE } from './theme';
import { Typesetter } from './typesetter';

/**
 * Lays out the report model on A4 pages and returns the finished (unsigned) PDF: cover, executive summary, contents,
 * the sections, the sign-off page; a tagged PDF with outline, metadata and the assessment attached.
 */
export function renderReportPdf(model: ReportModel, fonts: FontData, attachment: EmbeddedAssessmentFile): Promise<Buffer> {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margin,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: model.info.language,
    displayTitle: true,
    tagged: true,
    info: documentInfo(model.info),
    // The first page is added once the page contents are taken over (page-contents.ts).
    autoFirstPage: false,
  });
  const finished = collectOutput(doc);

  const contents = new PageContents(doc);
  doc.addPage();
  registerReportFonts(doc, fonts);
  useEscapedXmp(doc, model.info);
  const type = new Typesetter(doc, fonts, contents);
  const tags = new Tagger(doc);
  const flow = new PageFlow(doc, type, tags);
  const plan = new ContentsPlan(model);

  renderCover(flow, model.cover);
  flow.newPage();
  renderSummary(flow, model.executiveSummary, plan);
  flow.newPage();
  const reserved = reserveContents(flow, model.contentsTitle, plan);
  // The sections start on the page after the contents and then run on like a memo.
  flow.newPage();
  model.sections.forEach((section, index) => {
    // The law library, the vendor's documents and the appendix start on pages of their own, as annexes to a contract do.
    if ((section.key === 'appendix' || section.key === 'library' || section.key === 'evidence') && !flow.atTop) flow.newPage();
    renderSection(flow, section, index, plan);
  });
  flow.newPage();
  const boxes = renderSignOffPage(flow, model.signOff, plan);

  fillContents(flow, reserved);
  addOutline(doc, plan);
  drawPageFurniture(doc, type, tags, model);
  contents.finish();
  // The Info dictionary is written at end(): the boxes' places are known only now that the pages are laid out.
  (doc.info as Record<string, unknown>)[INFO_SIGNOFF_BOXES] = JSON.stringify(boxes);
  attachAssessment(doc, attachment, model.attachment.description);
  doc.end();
  return finished;
}
