import { describe, expect, it } from 'vitest';
import { extractSecurity } from '../../../shared/extraction/security';
import { expectEvidenceInSource, normalizedOf, sectionsOf, sentencesOf } from './support/sentences';

function measuresIn(sentences: string[], heading: string | null = null): string[] {
  const document = sentencesOf(sentences, heading);
  const facts = extractSecurity(document);
  expectEvidenceInSource(document, facts);
  return [...normalizedOf(facts)].sort();
}

describe('extractSecurity: encryption', () => {
  it('reads encryption in transit and at rest, with the algorithm and protocol', () => {
    expect(measuresIn(['All sensitive data is encrypted at rest using AES-256 encryption.'])).toEqual(['aes-256', 'encryption-at-rest']);
    expect(measuresIn(['Data in transit is protected via SSL/TLS.'])).toEqual(['encryption-in-transit', 'tls']);
    expect(measuresIn(['Telnyx offers data encryption at rest and in transit.'])).toEqual(['encryption-at-rest', 'encryption-in-transit']);
    expect(measuresIn(['Customer data is encrypted in transit using TLS 1.2+ and at rest with 256-bit AES.'])).toEqual([
      'aes-256',
      'encryption-at-rest',
      'encryption-in-transit',
      'tls',
    ]);
    expect(measuresIn(['All connections to our website use HTTPS.'])).toEqual(['tls']);
    expect(measuresIn(['Messages are end-to-end encrypted between participants.'])).toEqual(['end-to-end-encryption']);
  });

  it('keeps the version a document states with the protocol', () => {
    const facts = extractSecurity(sentencesOf(['Connections require TLS 1.2 or higher.']));
    expect(facts.map((fact) => fact.value)).toEqual(['TLS 1.2 or higher']);
  });

  it('does not read a statement that something is not encrypted as encryption', () => {
    expect(measuresIn(['Data is encrypted in transit but not at rest.'])).toEqual(['encryption-in-transit']);
    expect(measuresIn(['Call recordings are not encrypted at rest.'])).toEqual([]);
    expect(measuresIn(['Backups are stored unencrypted at rest in our data centre.'])).toEqual([]);
    expect(measuresIn(['We do not encrypt data in transit between our internal services.'])).toEqual([]);
  });

  it('does not read a definition of data at rest or in transit as a measure', () => {
    expect(measuresIn(['Data in transit: data actively moving from one location to another, such as across the internet.'])).toEqual([]);
    expect(measuresIn(['Choose where your call detail records are stored at rest.'])).toEqual([]);
    expect(measuresIn(['The trip to https://example.com/security takes one click.'])).toEqual([]);
  });

  it('prefers the plainest sentence as evidence of a measure', () => {
    const document = sectionsOf([
      { heading: 'Information We Collect', sentences: ['API keys are encrypted and stored solely to authorise calls.'] },
      { heading: 'Data Security', sentences: ['All sensitive data is encrypted at rest using AES-256.'] },
    ]);
    const atRest = extractSecurity(document).find((fact) => fact.normalized === 'encryption-at-rest');
    expect(atRest?.evidence.text).toBe('All sensitive data is encrypted at rest using AES-256.');
  });
});

describe('extractSecurity: certifications', () => {
  it('reads ISO/IEC standards in the ways they are written', () => {
    expect(measuresIn(['As such, we have completed our ISO/IEC 27001:2013 audit for certification.'])).toEqual(['iso-27001']);
    expect(measuresIn(['Our platform is ISO 27001, ISO 27017 and ISO 27018 certified, and we hold ISO/IEC 27701.'])).toEqual([
      'iso-27001',
      'iso-27017',
      'iso-27018',
      'iso-27701',
    ]);
    expect(measuresIn(['Using ISO/IEC 27000 standards enables organizations to manage the security of assets.'])).toEqual([]);
  });

  it('reads SOC reports, PCI DSS, HIPAA and CSA STAR', () => {
    expect(measuresIn(['Accordingly, we are SOC 2 certified for both Type 1 and Type 2.'])).toEqual(['soc-2']);
    expect(measuresIn(['We undergo annual SOC 1 Type II and SOC 2 Type II audits.'])).toEqual(['soc-1', 'soc-2']);
    expect(measuresIn(['Our payment systems are PCI DSS Level 1 compliant.'])).toEqual(['pci-dss']);
    expect(measuresIn(['We sign a Business Associate Agreement with customers subject to HIPAA.'])).toEqual(['hipaa']);
    expect(measuresIn(['We are listed in the CSA STAR Registry.'])).toEqual(['csa-star']);
  });

  it('does not count a certification that is planned or denied', () => {
    expect(measuresIn(['We are working towards ISO 27001 certification.'])).toEqual([]);
    expect(measuresIn(['We plan to complete a SOC 2 Type II audit next year.'])).toEqual([]);
    expect(measuresIn(['The service is not PCI DSS certified.'])).toEqual([]);
  });
});

describe('extractSecurity: organisational and technical controls', () => {
  it('reads access control, MFA, monitoring, pseudonymisation and penetration tests', () => {
    expect(measuresIn(['Access to your account data is strictly restricted to authorized personnel who require it.'])).toEqual([
      'access-control',
    ]);
    expect(measuresIn(['We use role-based access and the principle of least privilege.'])).toEqual(['access-control']);
    expect(measuresIn(['Employees must use multi-factor authentication to reach production systems.'])).toEqual(['mfa']);
    expect(measuresIn(['We protect your data with access controls and security monitoring.'])).toEqual([
      'access-control',
      'logging-monitoring',
    ]);
    expect(measuresIn(['Personal data is pseudonymised before it is used for analytics.'])).toEqual(['pseudonymisation']);
    expect(measuresIn(['Independent firms perform penetration tests of our platform every year.'])).toEqual(['penetration-testing']);
  });

  it('reads staff access controls described by what gates access, without the measure’s name', () => {
    expect(measuresIn(['Staff access to production systems requires single sign-on with multi-factor authentication and is logged.'])).toEqual([
      'access-control',
      'logging-monitoring',
      'mfa',
    ]);
    expect(measuresIn(['Access: production access requires a hardware security key and is granted just in time for eight hours.'])).toEqual([
      'access-control',
    ]);
    expect(measuresIn(['Administrative access to customer environments is approved by a second engineer.'])).toEqual(['access-control']);
    expect(measuresIn(['All administrative actions are recorded and reviewed weekly.'])).toEqual(['logging-monitoring']);
    expect(measuresIn(['Employees sign in to internal tools through SSO.'])).toEqual([]);
    expect(measuresIn(['Access to production is limited to on-call engineers.'])).toEqual(['access-control']);
    expect(measuresIn(['Access to the API is limited to 100 requests per minute.'])).toEqual([]);
  });

  it('does not read the logging of users’ data or a customer’s own login as a security measure', () => {
    expect(measuresIn(['We log your IP address and browser type for security reasons.'])).toEqual([]);
    expect(measuresIn(['You can sign in with single sign-on from your identity provider.'])).toEqual([]);
    expect(measuresIn(['Call recordings are recorded only when you enable them.'])).toEqual([]);
  });

  it('does not read confidentiality duties or ordinary monitoring as controls', () => {
    expect(measuresIn(['Employees authorized to process personal data have committed to confidentiality.'])).toEqual([]);
    expect(measuresIn(['We may use anonymous analytics tools to monitor system performance.'])).toEqual([]);
  });
});
