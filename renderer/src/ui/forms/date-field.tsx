import { TextField, type TextFieldProps } from '@navikt/ds-react';
import { useEffect, useRef, useState, type Ref } from 'react';
import { formatDate, parseNorwegianDate } from '../format-date';

/**
 * The shared schemas speak of the API's format (`åååå-mm-dd`); this field takes what people type, so a format
 * complaint is said in the format they see.
 */
const ISO_FORMAT_MESSAGE = 'Skriv datoen som åååå-mm-dd';
const TYPED_FORMAT_MESSAGE = 'Skriv datoen som dd.mm.åååå';

/**
 * A date typed as dd.mm.åååå (or ddmmåååå) whose form value is `YYYY-MM-DD`. Text that is not a real date is
 * passed on as it is, so the form's schema rejects it at the field. For react-hook-form's Controller.
 */
export function DateField({
  value,
  onChange,
  onBlur,
  inputRef,
  error,
  ...props
}: {
  value: string | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
} & Omit<TextFieldProps, 'value' | 'onChange' | 'onBlur' | 'defaultValue' | 'type'>) {
  const [text, setText] = useState(() => formatDate(value));
  const emitted = useRef(value);

  // A value set from outside (derived from an identity number, a reset) replaces what is shown.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setText(formatDate(value));
  }, [value]);

  return (
    <TextField
      {...props}
      ref={inputRef}
      value={text}
      inputMode="numeric"
      placeholder="dd.mm.åååå"
      autoComplete="off"
      htmlSize={12}
      error={error === ISO_FORMAT_MESSAGE ? TYPED_FORMAT_MESSAGE : error}
      onChange={(event) => {
        const typed = event.target.value;
        setText(typed);
        const next = typed.trim() === '' ? '' : (parseNorwegianDate(typed) ?? typed);
        emitted.current = next;
        onChange(next);
      }}
      onBlur={() => {
        const iso = parseNorwegianDate(text);
        if (iso) setText(formatDate(iso));
        onBlur?.();
      }}
    />
  );
}
