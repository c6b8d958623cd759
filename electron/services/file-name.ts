import { attachmentFileName } from '../../shared/report/attachment-file-name';

export { slugify } from '../../shared/report/attachment-file-name';

/** The JSON export carries the name the report gives its embedded copy, so both read as the same file. */
export function exportFileName(title: string): string {
  return attachmentFileName(title);
}
