import PDFDocument from 'pdfkit';
import type { ReportModel } from '../../../shared/report/model';
import { renderSection } from './section-renderer';
import { renderCover } from './cover-renderer';
import { registerReportFonts, type FontData } from './fonts';
import { PageFlow } from './page-flow';
import { INFO_ASSESSMENT_ID, INFO_CONTENT_HASH } from './pdf-info-keys';
import { drawPageFurniture } from './page-furniture';
import { PAGE } from './theme';


function documentInfo(model: ReportModel): PDFKit.DocumentInfo {
  const generatedAt = new Date(model.info.generatedAt);
  const info: PDFKit.DocumentInfo & Record<string, string | Date> = {
    Title: model.info.title,
    Subject: model.info.subject,
    Keywords: model.info.keywords,
    Creator: model.info.creator,
    Producer: `${model.info.creator} (PDFKit)`,
    CreationDate: generatedAt,
    ModDate: generatedAt,
    [INFO_CONTENT_HASH]: model.info.contentHash,
    [INFO_ASSESSMENT_ID]: model.info.assessmentId,
  };
  if (model.info.author !== '') info.Author = model.info.author;
  return info;
}

/** Lays out the report model on A4 pages and returns the finished (unsigned) PDF. */
export function renderReportPdf(model: ReportModel, fonts: FontData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margin,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: model.info.language,
    displayTitle: true,
    info: documentInfo(model),
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  registerReportFonts(doc, fonts);
  const flow = new PageFlow(doc);
  renderCover(flow, model.cover);
  // The steps start on the page after the cover and then run on like a memo.
  flow.newPage();
  for (const section of model.sections) {
    // The appendix starts on a page of its own, as annexes to a contract do.
    if (section.key === 'appendix') flow.newPage();
    renderSection(flow, section);
  }
  drawPageFurniture(doc, model);
  doc.end();
  return finished;
}
