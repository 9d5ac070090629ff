import { Alert, BodyLong, Button, Modal } from '@navikt/ds-react';
import { useState } from 'react';
import { errorMessage } from '../../../api/api-call-error';
import { useDiscardDraft } from '../../../api/use-journal';
import { markAutofocus } from '../../../ui/forms/dialog-autofocus';
import { useToast } from '../../../ui/toasts/toast-context';

/** Closes a draft without signing it. Nothing is deleted: the text stays in the note's history, marked as such. */
export function DiscardDraftModal({
  noteId,
  correction,
  beforeDiscard,
  onClose,
}: {
  noteId: string;
  correction: boolean;
  /** Saves what was typed last, so the history holds it. */
  beforeDiscard: () => Promise<boolean>;
  onClose: () => void;
}) {
  const discard = useDiscardDraft();
  const toast = useToast();
  const [failure, setFailure] = useState('');

  const confirm = async () => {
    setFailure('');
    await beforeDiscard();
    // Awaited: the discarded draft's editor, and this dialog with it, goes away when main answers.
    try {
      await discard.mutateAsync({ noteId });
      toast.show({ variant: 'info', message: correction ? 'Rettingen er forkastet.' : 'Utkastet er forkastet.' });
      onClose();
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  return (
    <Modal open onClose={onClose} header={{ heading: correction ? 'Forkaste rettingen?' : 'Forkaste utkastet?' }}>
      <Modal.Body>
        <BodyLong>
          {correction
            ? 'Den signerte versjonen gjelder fortsatt. Teksten i rettingen blir stående i historikken som forkastet.'
            : 'Notatet blir ikke signert. Teksten blir stående i historikken som et forkastet utkast.'}
        </BodyLong>
        {failure && (
          <Alert variant="error" size="small" role="alert">
            {failure}
          </Alert>
        )}
      </Modal.Body>
      <Modal.Footer>
        <Button type="button" variant="danger" loading={discard.isPending} onClick={() => void confirm()}>
          Forkast
        </Button>
        <Button type="button" variant="secondary" onClick={onClose} ref={markAutofocus}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
