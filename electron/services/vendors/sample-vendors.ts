import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../../shared/domain/result';
import { prepareDocument, type PreparedDocument } from './document-store';

/** Public documents of five communications vendors, shipped with the app (see the README beside them). */
export const SAMPLE_DOCUMENTS = [
  'qualyon-privacy-policy.txt',
  'qliento-privacy-policy.txt',
  'telnyx-data-and-privacy.txt',
  'telbuddy-privacy-policy.txt',
  'twilio-privacy-statement-2022.txt',
] as const;

export function sampleDocumentsDir(resourcesDir: string): string {
  return join(resourcesDir, 'samples', 'vendor-documents');
}

export interface PreparedSample {
  /** The vendor the document names: the sample vendor's name. */
  vendor: string;
  prepared: PreparedDocument;
}

/** Each sample read as a user's .txt file is read, and the vendor it names. */
export async function prepareSamples(resourcesDir: string): Promise<PreparedSample[]> {
  const folder = sampleDocumentsDir(resourcesDir);
  const samples: PreparedSample[] = [];
  for (const fileName of SAMPLE_DOCUMENTS) {
    let content: Buffer;
    try {
      content = readFileSync(join(folder, fileName));
    } catch (error) {
      throw new AppFailure('NOT_FOUND', `The sample document ${fileName} is missing from the installation.`, [(error as Error).message]);
    }
    const prepared = await prepareDocument({ kind: 'file', fileName, contentBase64: content.toString('base64') });
    const vendor = prepared.extraction.vendor?.name;
    if (vendor === undefined) throw new AppFailure('INTERNAL', `The sample document ${fileName} does not name its vendor.`);
    samples.push({ vendor, prepared });
  }
  return samples;
}
