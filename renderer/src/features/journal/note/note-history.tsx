import { BodyShort, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import { useId } from 'react';
import type { NoteDetail, NoteVersionView } from '../../../../../shared/api/views';
import { formatNoteTime } from '../journal-format';
import { NoteVersionBody } from './note-version-body';
import { VERSION_KIND_LABELS, versionState } from './version-labels';

function VersionMeta({ version }: { version: NoteVersionView }) {
  return (
    <BodyShort size="small" textColor="subtle">
      Skrevet av {version.authorName}, {formatNoteTime(version.createdAt)}.{' '}
      {version.signedAt
        ? `Signert ${formatNoteTime(version.signedAt)} av ${version.signedByName ?? 'ukjent'}.`
        : `Ikke signert, sist lagret ${formatNoteTime(version.savedAt)}.`}
    </BodyShort>
  );
}

/**
 * Every version of the note, newest first. A replaced version keeps its whole text here (helsepersonelloven § 42:
 * a correction keeps the old text visible), with who changed it, when, and why.
 */
export function NoteHistory({ note }: { note: NoteDetail }) {
  const headingId = useId();
  if (note.history.length < 2) return null;
  const newestFirst = [...note.history].reverse();
  return (
    <VStack as="section" gap="space-12" aria-labelledby={headingId} className="note-history" data-testid="note-history">
      <Heading level="3" size="xsmall" id={headingId}>
        Versjonshistorikk ({note.history.length} versjoner)
      </Heading>
      <ol className="note-history__list">
        {newestFirst.map((version, index) => {
          const state = versionState(note, version);
          const previous = newestFirst[index + 1];
          return (
            <li key={version.id} className="note-history__item" data-testid="note-version">
              <VStack gap="space-8">
                <HStack gap="space-8" align="center">
                  <BodyShort weight="semibold">
                    Versjon {version.version}: {VERSION_KIND_LABELS[version.kind]}
                  </BodyShort>
                  <Tag size="xsmall" variant="moderate" data-color={state === 'Gjeldende' ? 'success' : 'neutral'}>
                    {state}
                  </Tag>
                </HStack>
                <VersionMeta version={version} />
                {version.changeReason && (
                  <BodyShort size="small" className="note-history__reason">
                    Begrunnelse: «{version.changeReason}»
                  </BodyShort>
                )}
                {version.id === note.current.id ? (
                  <BodyShort size="small" textColor="subtle">
                    Teksten står øverst.
                  </BodyShort>
                ) : version.kind === 'feilregistrering' && previous ? (
                  <BodyShort size="small" textColor="subtle">
                    Samme tekst som versjon {previous.version}.
                  </BodyShort>
                ) : (
                  <NoteVersionBody version={version} />
                )}
              </VStack>
            </li>
          );
        })}
      </ol>
    </VStack>
  );
}
