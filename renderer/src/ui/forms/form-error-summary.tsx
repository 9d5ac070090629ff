import { ErrorSummary } from '@navikt/ds-react';
import type { Ref } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { fieldErrorMessage } from './field-errors';

export interface SummaryField {
  /** Dotted react-hook-form path. */
  name: string;
  /** The input's element id, for the summary's jump link. */
  id: string;
}

/**
 * Aksel's pattern for a form with several fields: after a failed submit, one list of what to fix, each item a
 * link to its field. The caller moves focus here so the next keystroke (Tab, Enter) goes to the first problem.
 */
export function FormErrorSummary({
  fields,
  errors,
  ref,
}: {
  fields: readonly SummaryField[];
  errors: FieldErrors;
  ref: Ref<HTMLDivElement>;
}) {
  const items = fields.flatMap((field) => {
    const message = fieldErrorMessage(errors, field.name);
    return message ? [{ ...field, message }] : [];
  });
  if (items.length === 0) return null;
  return (
    <ErrorSummary ref={ref} heading="Du må rette dette før du kan gå videre:">
      {items.map((item) => (
        <ErrorSummary.Item
          key={item.name}
          href={`#${item.id}`}
          onClick={(event) => {
            // The app routes on the URL hash (HashRouter): jump to the field without touching it.
            event.preventDefault();
            document.getElementById(item.id)?.focus();
          }}
        >
          {item.message}
        </ErrorSummary.Item>
      ))}
    </ErrorSummary>
  );
}
