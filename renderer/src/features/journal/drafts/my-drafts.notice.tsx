import { Alert, BodyShort, Button, HStack, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import type { DraftSummary } from '../../../../../shared/api/views';
import { useMyDrafts } from '../../../api/use-journal';
import { formatSavedAt } from '../journal-format';
import { journalPaths } from '../journal-paths';

function draftLine(draft: DraftSummary): string {
  const what = draft.kind === 'retting' ? 'en usignert retting' : 'et usignert utkast';
  return `Du har ${what} for ${draft.patient.name}, sist lagret ${formatSavedAt(draft.savedAt)}.`;
}

/**
 * Drafts offered back: after a restart, a crash or a walk away from the desk, the doctor's unsigned notes are listed
 * with a way to carry on with each. Said as "usignert": the text is saved, it is the signature that is missing.
 * The note being written right now is left out.
 */
export function MyDraftsNotice() {
  const drafts = useMyDrafts();
  const location = useLocation();
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const shown = (drafts.data ?? []).filter(
    (d) => !dismissed.has(d.versionId) && location.pathname !== journalPaths.note(d.patient.id, d.noteId),
  );
  if (shown.length === 0) return null;
  return (
    <Alert variant="warning" size="small" className="my-drafts" data-testid="my-drafts">
      <VStack gap="space-8">
        {shown.map((draft) => (
          <HStack key={draft.versionId} gap="space-12" align="center" justify="space-between" wrap={false}>
            <BodyShort size="small">{draftLine(draft)}</BodyShort>
            <Button
              as={RouterLink}
              to={journalPaths.note(draft.patient.id, draft.noteId)}
              size="xsmall"
              variant="secondary"
              aria-label={`Fortsett utkastet for ${draft.patient.name}`}
            >
              Fortsett
            </Button>
          </HStack>
        ))}
        <HStack>
          <Button
            type="button"
            size="xsmall"
            variant="tertiary"
            onClick={() => setDismissed(new Set(shown.map((d) => d.versionId)))}
          >
            Skjul til senere
          </Button>
        </HStack>
      </VStack>
    </Alert>
  );
}
