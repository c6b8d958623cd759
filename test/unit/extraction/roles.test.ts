import { describe, expect, it } from 'vitest';
import { extractRoles } from '../../../shared/extraction/roles';
import { segment } from '../../../shared/extraction/segment';

const roles = (source: string): [string, string | undefined][] =>
  extractRoles(segment(source)).map((fact) => [fact.normalized, fact.qualifier]);

describe('extractRoles', () => {
  it.each([
    ['With respect to Customer Data, we act as a processor.', [['processor', 'Customer Data']]],
    ['For Account Data, we are an independent controller.', [['controller', 'Account Data']]],
    ['When we process Customer Content, we generally act as a data processor.', [['processor', 'Customer Content']]],
    [
      'When we process Customer Usage Data, we act as a processor in many respects, but we may act as a controller in others.',
      [['processor', 'Customer Usage Data'], ['controller', 'Customer Usage Data']],
    ],
    ['Where our customer is itself a processor, we act as a sub-processor.', [['sub-processor', undefined]]],
    ['We act as joint controllers with Meta for Page Insights.', [['joint-controller', undefined]]],
    ['The customer acts as the controller, and we act as the processor.', [['processor', undefined]]],
    ['In our capacity as a processor, we follow your instructions.', [['processor', undefined]]],
    ['As a processor, we only process Customer Data on your instructions.', [['processor', undefined]]],
    ['We, as a processor, notify you of personal data breaches.', [['processor', undefined]]],
    ['If you are a controller, we act as your processor.', [['processor', undefined]]],
    ['The Service is provided by a company acting as a data processor on behalf of our customers.', [['processor', undefined]]],
  ])('reads the vendor speaking as "we": %s', (source, expected) => {
    expect(roles(source)).toEqual(expected);
  });

  it('reads the vendor by its name, with the data category the role is stated for', () => {
    const source =
      'Telnyx Privacy\n\nTelnyx provides communications services. Telnyx is the data controller of Account Data. ' +
      'Where Telnyx processes personal data governed by European data protection laws as a data processor (on behalf of our customers), ' +
      'Telnyx complies with its DPA. The Telnyx entity with whom you are contracting is acting as a controller.';
    expect(roles(source)).toEqual([
      ['controller', 'Account Data'],
      ['processor', 'personal data governed by European data protection laws'],
      ['controller', undefined],
    ]);
  });

  it('reads the vendor by the name it defines as "we", also where the role is stated with another one', () => {
    const source =
      'Parakeet Messaging Inc. ("Parakeet," "we," "us") makes a messaging app.\n\n' +
      'For information about our customers, such as account registration and billing details, Parakeet is the controller. ' +
      'For the messages our customers send, Parakeet acts as a service provider and processor on behalf of the customer.';
    expect(roles(source).map(([role]) => role)).toEqual(['controller', 'processor']);
    expect(roles('Zoom (“we”) provides video meetings. Zoom acts as a data importer and processor under the SCCs.')).toEqual([
      ['processor', undefined],
    ]);
    expect(roles('We act as a business associate and processor under HIPAA.')).toEqual([['processor', undefined]]);
    expect(roles('We act as a service provider to our customers under the CCPA.')).toEqual([]);
  });

  it('reads a joint role the vendor shares with another party', () => {
    const source = 'Acme (“we”) provides analytics. Acme and the Customer are joint controllers for the Page Insights data.';
    expect(roles(source)).toEqual([['joint-controller', 'Page Insights data']]);
  });

  it.each([
    'A controller is the entity that determines the purposes and means of processing.',
    'A processor processes personal information on behalf of a controller.',
    'You are the controller of the personal data you upload.',
    'We are not a processor of Customer Data.',
    'We require our sub-processors to sign data processing agreements.',
    'We may engage sub-processors to provide the Service.',
    'We will notify you of new sub-processors. Our processors include AWS.',
    'Customers who use us as a processor should sign our DPA.',
    'Laws in the EEA differentiate between controllers and processors.',
  ])('reads no vendor role in: %s', (source) => {
    expect(roles(source)).toEqual([]);
  });

  it('cites the sentence and keeps the words as written', () => {
    const source = 'Roles\n\nWhen we process Customer Content, we generally act as a processor.';
    const [fact] = extractRoles(segment(source));
    expect(fact).toMatchObject({ type: 'role', value: 'we generally act as a processor', normalized: 'processor' });
    expect(source.slice(fact!.evidence.start, fact!.evidence.end)).toBe('When we process Customer Content, we generally act as a processor.');
  });
});
