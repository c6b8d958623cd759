export { buildReportModel } from './build-report-model';
export { caveatText } from './law-blocks';
export { formatCountry, formatDate, formatTimestamp } from './format';
export type * from './model';
