/** Custom keys of the report's document information dictionary, read back by signature verification. */
export const INFO_CONTENT_HASH = 'DTIAContentHash';
export const INFO_ASSESSMENT_ID = 'DTIAAssessmentId';
/** Where the sign-off page's signature boxes are, so that a signature (now or in a later countersignature) can fill its box. */
export const INFO_SIGNOFF_BOXES = 'DTIASignOffBoxes';

/** One box, as stored (JSON) under INFO_SIGNOFF_BOXES: 0-based page index, rectangle [x1 y1 x2 y2] in PDF user space. */
export interface SignOffBoxPlacement {
  role: 'assessor' | 'approver';
  page: number;
  rect: [number, number, number, number];
}
