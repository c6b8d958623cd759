import type { ReactNode } from 'react';

export function DefinitionRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="definition-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
