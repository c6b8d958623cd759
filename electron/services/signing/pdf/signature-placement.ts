import type { SignatureAppearance, SignerRole } from '../../../../shared/ipc/contract';
import { INFO_SIGNOFF_BOXES, type SignOffBoxPlacement } from '../../report/pdf-info-keys';
import type { PdfDocument } from '../../pdf-reader/pdf-document';
import type { PdfRef } from '../../pdf-reader/pdf-values';

/**
 * Where a signature goes: the role's box on the report's sign-off page (listed in the document information), or,
 * in a PDF that has no such list, a box at the bottom of the last page. Invisible signatures get an empty rectangle.
 */

export type Rect = [number, number, number, number];

export interface SignaturePlacement {
  page: PdfRef;
  rect: Rect;
}

const DEFAULT_BOX = { width: 240, height: 84, margin: 36 };

function isRect(value: unknown): value is Rect {
  return Array.isArray(value) && value.length === 4 && value.every((item) => typeof item === 'number' && Number.isFinite(item));
}

/** The boxes the report renderer recorded; malformed entries are skipped. */
export function readSignOffBoxes(doc: PdfDocument): SignOffBoxPlacement[] {
  const text = doc.text(doc.info()?.get(INFO_SIGNOFF_BOXES));
  if (!text) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (box): box is SignOffBoxPlacement =>
      typeof box === 'object' &&
      box !== null &&
      (box.role === 'assessor' || box.role === 'approver') &&
      Number.isInteger(box.page) &&
      box.page >= 0 &&
      isRect(box.rect),
  );
}

function normalised([x1, y1, x2, y2]: Rect): Rect {
  return [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)];
}

/** The assessor's default box sits bottom left, the approver's bottom right, so that neither covers the other. */
function defaultRect(doc: PdfDocument, page: PdfRef, role: SignerRole): Rect {
  const box = doc.inherited(page, 'CropBox') ?? doc.inherited(page, 'MediaBox');
  const [llx, lly, urx] = isRect(box) ? normalised(box) : [0, 0, 595.28, 841.89];
  const width = Math.min(DEFAULT_BOX.width, (urx - llx - 2 * DEFAULT_BOX.margin - 12) / 2);
  const x = role === 'assessor' ? llx + DEFAULT_BOX.margin : urx - DEFAULT_BOX.margin - width;
  const y = lly + DEFAULT_BOX.margin;
  return [x, y, x + width, y + DEFAULT_BOX.height];
}

export function placeSignature(doc: PdfDocument, role: SignerRole, appearance: SignatureAppearance): SignaturePlacement {
  const pages = doc.pages();
  const box = readSignOffBoxes(doc).find((candidate) => candidate.role === role && candidate.page < pages.length);
  const page = (box ? pages[box.page] : pages[pages.length - 1]) as PdfRef;
  if (appearance === 'invisible') return { page, rect: [0, 0, 0, 0] };
  return { page, rect: box ? normalised(box.rect) : defaultRect(doc, page, role) };
}
