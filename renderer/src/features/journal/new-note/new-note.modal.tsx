import { Alert, BodyShort, Button, Modal, Radio, RadioGroup, TextField, VStack } from '@navikt/ds-react';
import { useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { CONTACT_TYPE_LABELS, CONTACT_TYPES, type ContactType } from '../../../../../shared/schemas/journal.schema';
import { errorMessage } from '../../../api/api-call-error';
import { useStartNote } from '../../../api/use-journal';
import { markAutofocus } from '../../../ui/forms/dialog-autofocus';
import { isContactType } from '../journal-format';
import { journalPaths } from '../journal-paths';
import { parseContactTime } from './contact-time';

/**
 * Ny notat: which kind of contact (oppmøte unless said otherwise), then straight into the note. ↑/↓ choose, Enter
 * starts. E-konsultasjon is not for first-time or acute problems (DOMAIN.md), which the doctor judges.
 */
export function NewNoteModal({ patientId, onClose }: { patientId: string; onClose: () => void }) {
  const [contactType, setContactType] = useState<ContactType>('oppmote');
  const [time, setTime] = useState('');
  const [timeError, setTimeError] = useState<string | undefined>();
  const start = useStartNote();
  const navigate = useNavigate();

  const submit = () => {
    if (start.isPending) return;
    const parsed = parseContactTime(time, new Date());
    if (!parsed.ok) {
      setTimeError(parsed.message);
      return;
    }
    setTimeError(undefined);
    start.mutate(
      { patientId, contactType, ...(parsed.iso && { occurredAt: parsed.iso }) },
      {
        onSuccess: (note) => {
          onClose();
          void navigate(journalPaths.note(patientId, note.id));
        },
      },
    );
  };

  // Enter on a radio button submits nothing by itself in every browser: say it here.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <Modal open onClose={onClose} header={{ heading: 'Nytt notat' }} width="small">
      <Modal.Body>
        <form
          id="new-note-form"
          noValidate
          onKeyDown={onKeyDown}
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <VStack gap="space-12">
            <RadioGroup
              legend="Kontakttype"
              size="small"
              value={contactType}
              onChange={(value: string) => {
                if (isContactType(value)) setContactType(value);
              }}
            >
              {CONTACT_TYPES.map((t) => (
                <Radio key={t} value={t} ref={t === contactType ? markAutofocus : undefined}>
                  {CONTACT_TYPE_LABELS[t]}
                </Radio>
              ))}
            </RadioGroup>
            <TextField
              label="Tidspunkt"
              description="Tomt betyr nå. Ellers tt:mm i dag, eller dd.mm.åååå tt:mm (for en kontakt tidligere)."
              size="small"
              autoComplete="off"
              value={time}
              error={timeError}
              onChange={(event) => setTime(event.target.value)}
            />
            <BodyShort size="small" textColor="subtle">
              ↑/↓ velger, Enter starter notatet.
            </BodyShort>
            {start.isError && (
              <Alert variant="error" size="small" role="alert">
                {errorMessage(start.error)}
              </Alert>
            )}
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form="new-note-form" loading={start.isPending}>
          Start notat
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
