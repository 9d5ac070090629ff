import { BookIcon, PlusIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, Detail, Link, Loader, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { may } from '../../../../../shared/schemas/roles';
import { errorMessage } from '../../../api/api-call-error';
import { useCurrentUser } from '../../../api/use-auth';
import { useTimeline } from '../../../api/use-journal';
import { CardSection } from '../../patients/card/card-section';
import { contactTypeLabel, formatNoteTime } from '../journal-format';
import { journalPaths } from '../journal-paths';
import { useNewNote } from '../new-note/new-note-context';
import { NoteStatusTag } from '../note-status';

const LATEST = 3;

function LatestNotes({ patientId }: { patientId: string }) {
  const timeline = useTimeline(patientId, {}, LATEST);
  if (timeline.isPending) return <Loader size="small" title="Henter siste notater …" />;
  if (timeline.isError) {
    return (
      <Alert variant="error" size="small">
        {errorMessage(timeline.error)}
      </Alert>
    );
  }
  const entries = timeline.data.pages[0]?.entries ?? [];
  if (entries.length === 0) {
    return (
      <BodyShort size="small" textColor="subtle">
        Ingen notater ennå.
      </BodyShort>
    );
  }
  return (
    <ul className="journal-card__list" aria-label="Siste notater">
      {entries.map((e) => (
        <li key={e.noteId} className="journal-card__item">
          <Link as={RouterLink} to={journalPaths.note(patientId, e.noteId)}>
            {formatNoteTime(e.occurredAt)} {contactTypeLabel(e.contactType)}
          </Link>{' '}
          <NoteStatusTag status={e.status} size="xsmall" />
          <Detail textColor="subtle" truncate>
            {[e.mainDiagnosis && `${e.mainDiagnosis.code} ${e.mainDiagnosis.title}`, e.reasonForContact]
              .filter(Boolean)
              .join(' – ') || 'Ingen tekst'}
          </Detail>
        </li>
      ))}
    </ul>
  );
}

/**
 * The journal on the patient card: the latest notes and the way in, for doctors. Other roles are told plainly that
 * the journal is not theirs to read (the service refuses them anyway).
 */
export function JournalCardSection({ patientId }: { patientId: string }) {
  const user = useCurrentUser();
  const newNote = useNewNote();
  const clinical = user !== null && may(user.role, 'patientClinical');
  if (!clinical) {
    return (
      <CardSection title="Journal" testId="patient-journal">
        <BodyShort size="small" textColor="subtle">
          Journalnotater er bare tilgjengelige for leger.
        </BodyShort>
      </CardSection>
    );
  }
  return (
    <CardSection
      title="Journal"
      testId="patient-journal"
      actions={
        <>
          <Button
            as={RouterLink}
            to={journalPaths.journal(patientId)}
            size="small"
            variant="secondary"
            icon={<BookIcon aria-hidden />}
            aria-keyshortcuts="Alt+J"
          >
            Åpne journal (Alt+J)
          </Button>
          <Button
            type="button"
            size="small"
            icon={<PlusIcon aria-hidden />}
            onClick={() => newNote.open(patientId)}
            aria-keyshortcuts="Alt+N"
          >
            Nytt notat (Alt+N)
          </Button>
        </>
      }
    >
      <VStack gap="space-8">
        <LatestNotes patientId={patientId} />
      </VStack>
    </CardSection>
  );
}
