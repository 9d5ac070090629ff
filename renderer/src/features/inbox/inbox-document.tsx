import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Table, Textarea, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { InboxDocumentView } from '../../../../shared/api/inbox-views';
import { errorMessage } from '../../api/api-call-error';
import { FactList } from '../../ui/fact-list';
import { formatIdentityNumber } from '../../ui/format-identity-number';
import { documentHeadline, shownDay, shownTime } from './inbox-format';

/** Reads a document as text: who sent it about whom, the assessment's facts, sections, diagnoses, medicines. */
export function InboxDocument({
  doc,
  onFile,
  onMatch,
  filing,
  fileError,
}: {
  doc: InboxDocumentView;
  onFile: (comment: string) => void;
  onMatch: () => void;
  filing: boolean;
  fileError: unknown;
}) {
  const [comment, setComment] = useState('');
  const { content, facts } = doc;
  const canFile = doc.status === 'til_behandling';
  const hasFacts = facts.frist !== null || facts.appointmentAt !== null || facts.rightToCare !== null;
  return (
    <VStack as="article" gap="space-16" aria-labelledby="inbox-document-title" className="inbox-document">
      <VStack gap="space-4">
        <Heading level="2" size="medium" id="inbox-document-title">
          {documentHeadline(doc.kindLabel, content.title)}
        </Heading>
        <BodyShort size="small" textColor="subtle">
          {doc.standardVersion} · {doc.statusLabel}
          {doc.filedAt ? ` · arkivert ${shownTime(doc.filedAt)}${doc.filedBy ? ` av ${doc.filedBy}` : ''}` : ''}
        </BodyShort>
      </VStack>
      <FactList
        facts={[
          {
            label: 'Pasient',
            value: doc.patient
              ? `${doc.patient.name}, ${formatIdentityNumber(doc.patient.identityNumber)}`
              : `Ikke knyttet (i meldingen: ${[doc.patientInMessage.name, doc.patientInMessage.ident].filter(Boolean).join(', ') || 'ingen'})`,
          },
          { label: 'Avsender', value: [doc.sender.name, doc.sender.person].filter(Boolean).join(' – ') },
          { label: 'Skrevet av', value: content.author },
          { label: 'Datert', value: shownTime(doc.documentDate) },
          {
            label: 'Mottatt',
            value: `${shownTime(doc.receivedAt)} (${doc.source === 'import' ? 'importert fra fil' : 'Norsk helsenett'})`,
          },
        ]}
      />
      {doc.status === 'uavklart' && (
        <Alert variant="warning" size="small">
          <VStack gap="space-8">
            <BodyShort>{doc.unmatchedReason ?? 'Dokumentet er ikke knyttet til en pasient.'}</BodyShort>
            <div>
              <Button size="small" variant="secondary" onClick={onMatch}>
                Velg pasient (Alt+U)
              </Button>
            </div>
          </VStack>
        </Alert>
      )}
      {doc.status === 'ugyldig' && (
        <Alert variant="error" size="small">
          <VStack gap="space-4">
            <BodyShort>
              Dokumentet følger ikke standarden og kan ikke arkiveres. Be avsenderen sende det på nytt. Feil:
            </BodyShort>
            <ul className="inbox-document__errors">
              {doc.schemaErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </VStack>
        </Alert>
      )}
      {hasFacts && (
        <VStack gap="space-4" as="section" aria-label="Vurdering av henvisningen" className="inbox-document__facts">
          <Heading level="3" size="xsmall">
            Vurdering av henvisningen
          </Heading>
          <FactList
            facts={[
              {
                label: 'Rett til nødvendig helsehjelp',
                value: facts.rightToCare === null ? null : facts.rightToCare ? 'Ja' : 'Nei',
              },
              { label: 'Frist for helsehjelp', value: shownDay(facts.frist) },
              { label: 'Time', value: shownTime(facts.appointmentAt) },
            ]}
          />
        </VStack>
      )}
      {content.diagnoses.length > 0 && (
        <VStack gap="space-4" as="section" aria-label="Diagnoser">
          <Heading level="3" size="xsmall">
            Diagnoser
          </Heading>
          <Table size="small">
            <Table.Body>
              {content.diagnoses.map((d) => (
                <Table.Row key={`${d.system}-${d.code}-${d.role ?? ''}`}>
                  <Table.DataCell>{d.code}</Table.DataCell>
                  <Table.DataCell>{d.text}</Table.DataCell>
                  <Table.DataCell>{d.system}</Table.DataCell>
                  <Table.DataCell>{d.role ?? ''}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </VStack>
      )}
      {content.sections.map((s, index) => (
        <VStack key={`${s.heading}-${index}`} gap="space-4" as="section" aria-label={s.heading}>
          <Heading level="3" size="xsmall">
            {s.heading}
          </Heading>
          <BodyLong className="inbox-document__text">{s.text}</BodyLong>
        </VStack>
      ))}
      {content.medicines.length > 0 && (
        <VStack gap="space-4" as="section" aria-label="Legemidler">
          <Heading level="3" size="xsmall">
            Legemidler
          </Heading>
          <ul className="inbox-document__medicines">
            {content.medicines.map((m, index) => (
              <li key={`${m.name}-${index}`}>
                <strong>{m.name}</strong>
                {[m.dose, m.dosage, m.status].filter(Boolean).length > 0 &&
                  ` – ${[m.dose, m.dosage, m.status].filter(Boolean).join(', ')}`}
              </li>
            ))}
          </ul>
        </VStack>
      )}
      {canFile && (
        <VStack gap="space-8" as="section" aria-label="Arkiver" className="inbox-document__file">
          {fileError !== null && fileError !== undefined && (
            <Alert variant="error" size="small" role="alert">
              {errorMessage(fileError)}
            </Alert>
          )}
          <Textarea
            label="Kommentar i journalen (valgfritt)"
            size="small"
            minRows={2}
            maxLength={2000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <HStack gap="space-8">
            <Button size="small" loading={filing} onClick={() => onFile(comment)}>
              Signer lest og arkiver i journalen (Alt+G)
            </Button>
          </HStack>
        </VStack>
      )}
    </VStack>
  );
}
