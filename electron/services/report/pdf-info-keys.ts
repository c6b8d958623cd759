/** Custom keys of the report's document information dictionary, read back by signature verification. */
export const INFO_CONTENT_HASH = 'DTIAContentHash';
export const INFO_ASSESSMENT_ID = 'DTIAAssessmentId';
