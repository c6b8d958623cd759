import { ContentBytes } from './content-bytes';

/**
 * Takes over the writing of the finished document: pdfkit writes it as a stream of small byte arrays (several per
 * object, tens of thousands in a large report); here it goes into one buffer, handed over when the document ends.
 */
export function collectOutput(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const output = new ContentBytes();
  // pdfkit has already written the file header, into the stream.
  const head = doc.read() as Buffer | null;
  if (head) output.append(head);
  const internals = doc as unknown as { _write(data: string | Uint8Array): void; _offset: number };
  internals._write = (data: string | Uint8Array) => {
    const before = output.length;
    if (typeof data === 'string') {
      output.text(data);
      output.byte(0x0a);
    } else output.append(data);
    internals._offset += output.length - before;
  };
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.from(output.bytes())));
    doc.on('error', reject);
    // Nothing is pushed but the end of the stream; reading lets it end.
    doc.resume();
  });
}
