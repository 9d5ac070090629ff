import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Detail,
  Heading,
  HStack,
  Select,
  Tag,
  Textarea,
  VStack,
} from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { RequestDetail } from '../../../../shared/api/requests-views';
import { REQUEST_KIND_LABELS } from '../../../../shared/schemas/requests.schema';
import { errorMessage } from '../../api/api-call-error';
import { FactList } from '../../ui/fact-list';
import { formatDate } from '../../ui/format-date';
import { formatDateTime } from '../../ui/format-date-time';
import { useShortcut } from '../../ui/shortcuts/use-shortcut';
import { prescriptionPaths } from '../prescriptions/prescription-paths';
import { ANSWER_FIELD_ID, EVENT_LABELS, timebokPathFor } from './request-labels';
import { SmsMatchPanel } from './sms-match.panel';
import { useAnswerRequest, useUpcomingAppointments } from './use-requests';

/** Kinds that end in an appointment: the helsesekretær books it in the timebok. */
const BOOKING_KINDS = new Set(['timebestilling', 'vaksine', 'sms_timebestilling']);

/**
 * One request: who, what, the SMS's parsed fields and candidates, the prescription to renew (for the doctor),
 * the answer form and the history. Ctrl+Enter sends the answer, Alt+B goes to the answer field, Alt+T opens the
 * timebok for the patient.
 */
export function RequestDetailView({ request, focusOnOpen }: { request: RequestDetail; focusOnOpen: boolean }) {
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const [answer, setAnswer] = useState('');
  const [missing, setMissing] = useState(false);
  const [appointmentId, setAppointmentId] = useState('');
  const send = useAnswerRequest();
  const patientId = request.patient?.id ?? null;
  const confirmsOnSms = request.channel === 'sms' && request.canAnswer && patientId !== null;
  const upcoming = useUpcomingAppointments(confirmsOnSms ? patientId : null);

  // The page keys this view by request id, so a newly opened request starts with an empty form.
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);

  const submit = () => {
    if (!request.canAnswer) return;
    if (answer.trim() === '') {
      setMissing(true);
      document.getElementById(ANSWER_FIELD_ID)?.focus();
      return;
    }
    send.mutate({
      requestId: request.id,
      answer: answer.trim(),
      ...(confirmsOnSms && appointmentId !== '' && { appointmentId }),
    });
  };
  const openTimebok = () => {
    if (patientId) void navigate(timebokPathFor(patientId));
  };

  useShortcut(
    {
      id: 'requests:send',
      keys: ['Ctrl+Enter'],
      description: 'Send svaret og lukk henvendelsen',
      group: 'Henvendelser',
      run: submit,
    },
    request.canAnswer,
  );
  useShortcut(
    {
      id: 'requests:answer-field',
      keys: ['Alt+B'],
      description: 'Til svarfeltet',
      group: 'Henvendelser',
      run: () => document.getElementById(ANSWER_FIELD_ID)?.focus(),
    },
    request.canAnswer,
  );
  useShortcut(
    {
      id: 'requests:timebok',
      keys: ['Alt+T'],
      description: 'Åpne timeboken for pasienten',
      group: 'Henvendelser',
      run: openTimebok,
    },
    patientId !== null && BOOKING_KINDS.has(request.kind),
  );

  return (
    <VStack gap="space-16" as="article" aria-labelledby="request-heading" data-testid="request-detail">
      <VStack gap="space-4">
        <Heading level="2" size="medium" id="request-heading" ref={heading} tabIndex={-1}>
          {REQUEST_KIND_LABELS[request.kind]} – {request.patient?.name ?? 'ukjent avsender'}
        </Heading>
        <HStack gap="space-8">
          <Tag size="small" variant={request.status === 'open' ? 'info' : 'neutral'}>
            {request.status === 'open' ? 'Åpen' : 'Besvart'}
          </Tag>
          <Tag size="small" variant="neutral">
            {request.channel === 'sms' ? 'SMS' : 'Helsenorge'}
          </Tag>
        </HStack>
      </VStack>
      <FactList
        facts={[
          { label: 'Mottatt', value: formatDateTime(request.receivedAt) },
          {
            label: 'Pasient',
            value: request.patient ? `${request.patient.name}, født ${formatDate(request.patient.birthDate)}` : null,
          },
          ...(request.doctor ? [{ label: 'Sendt til fastlege', value: request.doctor.name }] : []),
          ...(request.subject && !request.restricted ? [{ label: 'Emne', value: request.subject }] : []),
        ]}
      />
      {request.restricted && (
        <Alert variant="info" size="small" data-testid="request-restricted">
          Innholdet er klinisk og vises bare for lege. Henvendelsen er sendt til pasientens fastlege
          {request.doctor ? ` (${request.doctor.name})` : ''}, som besvarer den.
        </Alert>
      )}
      {request.message !== null && request.channel !== 'sms' && (
        <Box padding="space-12" borderRadius="8" background="neutral-soft" data-testid="request-message">
          <BodyLong size="small">{request.message}</BodyLong>
        </Box>
      )}
      {request.channel === 'sms' && request.message !== null && (
        <Box padding="space-12" borderRadius="8" background="neutral-soft" data-testid="request-message">
          <BodyLong size="small">«{request.message}»</BodyLong>
        </Box>
      )}
      {request.prescription && patientId && (
        <VStack gap="space-8" data-testid="request-prescription">
          <Heading level="3" size="xsmall">
            Resepten som skal fornyes
          </Heading>
          <BodyShort size="small">
            {request.prescription.nameFormStrength} ({request.prescription.status})
          </BodyShort>
          <HStack>
            <Button
              size="small"
              variant="secondary"
              onClick={() => void navigate(prescriptionPaths.medicines(patientId))}
            >
              Åpne legemiddellisten for å fornye
            </Button>
          </HStack>
        </VStack>
      )}
      <SmsMatchPanel request={request} />
      {patientId && BOOKING_KINDS.has(request.kind) && (
        <HStack>
          <Button size="small" variant="secondary" onClick={openTimebok}>
            Åpne timeboken for pasienten (Alt+T)
          </Button>
        </HStack>
      )}
      {request.canAnswer && (
        <VStack
          gap="space-8"
          as="form"
          aria-label="Svar"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Textarea
            id={ANSWER_FIELD_ID}
            label="Svar"
            description={
              request.channel === 'sms'
                ? 'Lagres i loggen. Pasienten får en fast bekreftelse på SMS, uten dette svaret og uten helseopplysninger.'
                : 'Sendes til pasienten på Helsenorge. Ctrl+Enter sender og lukker.'
            }
            minRows={3}
            value={answer}
            error={missing && answer.trim() === '' ? 'Skriv et svar' : undefined}
            onChange={(event) => setAnswer(event.target.value)}
          />
          {confirmsOnSms && (
            <Select
              label="Time som bekreftes på SMS"
              description="Bestill timen i timeboken først (Alt+T). SMS-en nevner bare tid og sted."
              size="small"
              value={appointmentId}
              onChange={(event) => setAppointmentId(event.target.value)}
            >
              <option value="">Ingen time – bare bekreft at meldingen er mottatt</option>
              {(upcoming.data ?? []).map((a) => (
                <option key={a.id} value={a.id}>
                  {formatDateTime(a.startsAt)} – {a.resourceName}
                </option>
              ))}
            </Select>
          )}
          {send.isError && (
            <Alert variant="error" size="small" role="alert">
              {errorMessage(send.error)}
            </Alert>
          )}
          <HStack>
            <Button type="submit" size="small" loading={send.isPending}>
              Send svar og lukk
            </Button>
          </HStack>
        </VStack>
      )}
      {request.answer && (
        <VStack gap="space-4" data-testid="request-answer">
          <Heading level="3" size="xsmall">
            Svar
          </Heading>
          <BodyLong size="small">{request.answer.text}</BodyLong>
          <Detail textColor="subtle">
            {request.answer.by}, {formatDateTime(request.answer.at)}
          </Detail>
        </VStack>
      )}
      <VStack gap="space-4" as="section" aria-label="Historikk">
        <Heading level="3" size="xsmall">
          Historikk
        </Heading>
        <ul className="request-history">
          {request.events.map((e) => (
            <li key={`${e.at}-${e.kind}`}>
              <Detail>
                {formatDateTime(e.at)}: {EVENT_LABELS[e.kind] ?? e.kind} ({e.actorName})
              </Detail>
            </li>
          ))}
        </ul>
      </VStack>
    </VStack>
  );
}
