import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Label–value pairs as a description list; an empty value shows as a dash, so a gap is visibly a gap. */
export function FactList({ facts, className }: { facts: readonly Fact[]; className?: string }) {
  return (
    <dl className={className ? `fact-list ${className}` : 'fact-list'}>
      {facts.map((fact) => (
        <div key={fact.label} className="fact-list__item">
          <dt className="fact-list__label">{fact.label}</dt>
          <dd className="fact-list__value">{isEmpty(fact.value) ? '–' : fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function isEmpty(value: ReactNode): boolean {
  return value === null || value === undefined || value === '' || value === false;
}
