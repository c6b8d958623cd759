/** "5740aeaf…" as "57 40 AE AF …": the pairs people read out and compare on the phone. */
export function groupFingerprint(hex: string): string {
  return (hex.toUpperCase().match(/.{1,2}/g) ?? []).join(' ');
}

export function Fingerprint({ sha256 }: { sha256: string }) {
  return <code className="hash">{groupFingerprint(sha256)}</code>;
}
