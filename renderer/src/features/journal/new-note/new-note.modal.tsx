import { Alert, BodyShort, Button, Modal, Radio, RadioGroup, VStack } from '@navikt/ds-react';
import { useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { CONTACT_TYPE_LABELS, CONTACT_TYPES, type ContactType } from '../../../../../shared/schemas/journal.schema';
import { errorMessage } from '../../../api/api-call-error';
import { useStartNote } from '../../../api/use-journal';
import { markAutofocus } from '../../../ui/forms/dialog-autofocus';
import { isContactType } from '../journal-format';
import { journalPaths } from '../journal-paths';

/**
 * Ny notat: which kind of contact (oppmøte unless said otherwise), then straight into the note. ↑/↓ choose, Enter
 * starts. E-konsultasjon is not for first-time or acute problems (DOMAIN.md), which the doctor judges.
 */
export function NewNoteModal({ patientId, onClose }: { patientId: string; onClose: () => void }) {
  const [contactType, setContactType] = useState<ContactType>('oppmote');
  const start = useStartNote();
  const navigate = useNavigate();

  const submit = () => {
    if (start.isPending) return;
    start.mutate(
      { patientId, contactType },
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
            <BodyShort size="small" textColor="subtle">
              ↑/↓ velger, Enter starter notatet. Tidspunktet blir nå.
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
