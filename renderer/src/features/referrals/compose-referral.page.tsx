import {
  Alert,
  BodyShort,
  Button,
  Link,
  Checkbox,
  CheckboxGroup,
  ErrorSummary,
  HStack,
  Heading,
  Loader,
  Radio,
  RadioGroup,
  TextField,
  Textarea,
  VStack,
} from '@navikt/ds-react';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import type { RecipientView, ReferralComposeView, ReferralDetailView } from '../../../../shared/api/referral-views';
import {
  HASTEGRAD,
  HASTEGRAD_CODES,
  missingForSending,
  REFERRAL_PURPOSE_CODES,
  REFERRAL_PURPOSES,
  referralContentSchema,
  type ReferralContent,
} from '../../../../shared/schemas/referral.schema';
import { errorMessage, isApiCallError } from '../../api/api-call-error';
import { RoomPage } from '../../ui/room-page';
import { useShortcutHelp } from '../../ui/shortcuts/use-shortcut';
import { usePatientContext } from '../patients/patient-context';
import { RecipientPicker, recipientName } from './recipient-picker';
import { RECIPIENT_SEARCH_ID, referralPaths } from './referral-paths';
import {
  useChangeReferral,
  useReferral,
  useReferralCompose,
  useSaveReferralDraft,
  useSendReferral,
} from './use-referrals';
import './referrals.css';

/** Ny henvisning for the patient in the address, pre-filled from the journal; Ctrl+Enter signs and sends. */
export function ComposeReferralPage() {
  const { patientId = '' } = useParams();
  const [params] = useSearchParams();
  const draftParam = params.get('utkast');
  const changeParam = params.get('endre');
  const loadId = draftParam ?? changeParam;
  const { setPatient } = usePatientContext();
  useEffect(() => setPatient(patientId), [patientId, setPatient]);
  const compose = useReferralCompose(patientId);
  const existing = useReferral(loadId);
  const waiting = compose.isPending || (loadId !== null && existing.isPending);
  const error = compose.error ?? existing.error;
  const changing = changeParam !== null;
  const usable =
    existing.data && (changing ? existing.data.status !== 'utkast' : existing.data.status === 'utkast')
      ? existing.data
      : null;
  const name = compose.data?.patient.name;
  return (
    <RoomPage
      title={name ? `${changing ? 'Endre henvisning' : 'Ny henvisning'} – ${name}` : 'Ny henvisning'}
      focusHeading={false}
    >
      {waiting && <Loader size="large" title="Henter journalopplysninger …" />}
      {error && <Alert variant="error">{errorMessage(error)}</Alert>}
      {compose.data && !waiting && (!changing || usable) && (
        <ReferralForm
          key={`${patientId}-${loadId ?? 'ny'}`}
          view={compose.data}
          existing={usable}
          changing={changing}
        />
      )}
    </RoomPage>
  );
}

function ReferralForm({
  view,
  existing,
  changing,
}: {
  view: ReferralComposeView;
  /** A draft to continue, or the sent referral to change. */
  existing: ReferralDetailView | null;
  changing: boolean;
}) {
  const navigate = useNavigate();
  const draft = changing ? null : existing;
  const [content, setContent] = useState<ReferralContent>(existing?.content ?? view.suggested);
  const [recipient, setRecipient] = useState<RecipientView | null>(existing?.recipientEntry ?? null);
  const [copies, setCopies] = useState<RecipientView[]>(existing?.copyRecipients ?? []);
  const [addingCopy, setAddingCopy] = useState(false);
  const [draftId, setDraftId] = useState<string | undefined>(draft?.id);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSaveReferralDraft();
  const send = useSendReferral();
  const change = useChangeReferral();
  const submitting = changing ? change : send;
  const set = <K extends keyof ReferralContent>(key: K, value: ReferralContent[K]) =>
    setContent((c) => ({ ...c, [key]: value }));

  useEffect(() => document.getElementById(RECIPIENT_SEARCH_ID)?.focus(), []);
  useShortcutHelp({
    id: 'referral:send',
    keys: ['Ctrl+Enter'],
    description: 'Signer og send henvisningen',
    group: 'Henvisning',
  });
  useShortcutHelp({
    id: 'referral:save',
    keys: ['Ctrl+S'],
    description: 'Lagre henvisningen som utkast',
    group: 'Henvisning',
  });

  const full = (): ReferralContent =>
    referralContentSchema.parse({
      ...content,
      recipientHerId: recipient?.herId,
      copyRecipients: copies.map((c) => c.herId),
    });

  const onSave = () => {
    save.mutate(
      { patientId: view.patient.id, ...(draftId ? { referralId: draftId } : {}), content: full() },
      {
        onSuccess: (r) => {
          setDraftId(r.id);
          setSaved('Utkastet er lagret.');
        },
      },
    );
  };

  const onSend = () => {
    const c = full();
    const missing = missingForSending(c);
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      window.setTimeout(() => document.getElementById('referral-errors')?.focus(), 0);
      return;
    }
    const done = {
      onSuccess: (r: ReferralDetailView) => void navigate(referralPaths.one(r.id)),
      onError: (e: Error) => {
        if (isApiCallError(e) && e.fields) setErrors(e.fields);
      },
    };
    if (changing && existing) {
      if (reason.trim().length < 3) {
        setErrors({ reason: 'Skriv hva som er endret' });
        return;
      }
      change.mutate({ referralId: existing.id, content: c, reason: reason.trim() }, done);
      return;
    }
    send.mutate({ patientId: view.patient.id, ...(draftId ? { referralId: draftId } : {}), content: c }, done);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey && e.key === 'Enter') {
      e.preventDefault();
      onSend();
    } else if (!changing && e.ctrlKey && (e.key === 's' || e.key === 'S')) {
      e.preventDefault();
      onSave();
    }
  };

  const chosen = new Set(content.diagnoses.map((d) => `${d.system} ${d.code}`));
  const toggleDiagnosis = (key: string, on: boolean) => {
    const option = view.diagnosisOptions.find((d) => `${d.system} ${d.code}` === key);
    if (!option) return;
    set(
      'diagnoses',
      on
        ? [...content.diagnoses, { system: option.system, code: option.code, text: option.text }]
        : content.diagnoses.filter((d) => `${d.system} ${d.code}` !== key),
    );
  };
  const pickNote = (noteId: string) => {
    const note = view.recentNotes.find((n) => n.noteId === noteId);
    if (!note) return;
    const day = note.occurredAt.slice(0, 10);
    const add = (old: string, text: string) => (text ? `${old ? `${old}\n` : ''}${day}: ${text}` : old);
    setContent((c) => ({ ...c, history: add(c.history, note.anamnese), findings: add(c.findings, note.funn) }));
  };
  const errorList = Object.entries(errors);

  return (
    <form
      className="referral-form"
      data-testid="referral-form"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        onSend();
      }}
    >
      <VStack gap="space-20">
        <BodyShort size="small" textColor="subtle">
          Fra {view.referrer.name} (HPR {view.referrer.hprNumber ?? 'mangler'}), {view.referrer.clinicName}, HER-id{' '}
          {view.referrer.clinicHerId}. Pasient: {view.patient.name}, {view.patient.identityNumber}
          {view.patient.phone ? `, tlf. ${view.patient.phone}` : ''}.
        </BodyShort>
        {errorList.length > 0 && (
          <ErrorSummary id="referral-errors" heading="Henvisningen kan ikke sendes ennå">
            {errorList.map(([field, message]) => (
              <ErrorSummary.Item key={field} href={`#referral-${field}`}>
                {message}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        )}
        {submitting.error && (!isApiCallError(submitting.error) || !submitting.error.fields) && (
          <Alert variant="error">{errorMessage(submitting.error)}</Alert>
        )}
        {!draft && view.drafts.length > 0 && (
          <Alert variant="info" size="small" data-testid="referral-drafts">
            Du har {view.drafts.length === 1 ? 'et utkast' : `${view.drafts.length} utkast`} for pasienten:{' '}
            {view.drafts.map((d, i) => (
              <span key={d.id}>
                {i > 0 ? ', ' : ''}
                <Link as={RouterLink} to={`${referralPaths.compose(view.patient.id)}?utkast=${d.id}`}>
                  {d.recipientName ?? 'uten mottaker'} ({d.updatedAt.slice(0, 10)})
                </Link>
              </span>
            ))}
          </Alert>
        )}
        <div id="referral-recipientHerId">
          {changing && recipient ? (
            <BodyShort data-testid="chosen-recipient">
              Mottaker: {recipientName(recipient)} – HER-id {recipient.herId} (en endring går til samme mottaker)
            </BodyShort>
          ) : (
            <RecipientPicker value={recipient} onChange={setRecipient} error={errors.recipientHerId} />
          )}
        </div>
        <VStack gap="space-4" id="referral-copyRecipients">
          {copies.length > 0 && (
            <BodyShort size="small">
              Kopi av svaret til: {copies.map((c) => recipientName(c)).join('; ')}{' '}
              <Button size="xsmall" variant="tertiary" type="button" onClick={() => setCopies([])}>
                Fjern kopimottakere
              </Button>
            </BodyShort>
          )}
          {errors.copyRecipients && <BodyShort className="navds-error-message">{errors.copyRecipients}</BodyShort>}
          {addingCopy ? (
            <RecipientPicker
              label="Kopimottaker"
              value={null}
              onChange={(r) => {
                if (r && !copies.some((c) => c.herId === r.herId)) setCopies([...copies, r]);
                setAddingCopy(false);
              }}
            />
          ) : (
            copies.length < 5 && (
              <Button size="xsmall" variant="tertiary" type="button" onClick={() => setAddingCopy(true)}>
                Legg til kopimottaker
              </Button>
            )
          )}
        </VStack>
        <HStack gap="space-32" wrap>
          <RadioGroup
            id="referral-hastegrad"
            legend="Hastegrad"
            value={content.hastegrad ?? ''}
            onChange={(v: ReferralContent['hastegrad']) => set('hastegrad', v)}
            error={errors.hastegrad}
          >
            {HASTEGRAD_CODES.map((code) => (
              <Radio key={code} value={code}>
                {HASTEGRAD[code]}
              </Radio>
            ))}
          </RadioGroup>
          <RadioGroup
            id="referral-purpose"
            legend="Henvisningen gjelder"
            value={content.purpose ?? ''}
            onChange={(v: ReferralContent['purpose']) => set('purpose', v)}
            error={errors.purpose}
          >
            {REFERRAL_PURPOSE_CODES.map((code) => (
              <Radio key={code} value={code}>
                {REFERRAL_PURPOSES[code]}
              </Radio>
            ))}
          </RadioGroup>
        </HStack>
        <Checkbox checked={content.rightsAssessment} onChange={(e) => set('rightsAssessment', e.target.checked)}>
          Be om vurdering av rett til nødvendig helsehjelp
        </Checkbox>
        <Textarea
          id="referral-problemstilling"
          label="Problemstilling"
          minRows={3}
          value={content.problemstilling}
          onChange={(e) => set('problemstilling', e.target.value)}
          error={errors.problemstilling}
        />
        <Textarea
          id="referral-askedFor"
          label="Hva ønskes (spørsmål til mottaker)"
          minRows={2}
          value={content.askedFor}
          onChange={(e) => set('askedFor', e.target.value)}
          error={errors.askedFor}
        />
        <CheckboxGroup
          id="referral-diagnoses"
          legend="Diagnoser (den første er hoveddiagnosen)"
          value={[...chosen]}
          onChange={() => undefined}
          error={errors.diagnoses}
        >
          {view.diagnosisOptions.length === 0 && <BodyShort>Journalen har ingen diagnoser ennå.</BodyShort>}
          {view.diagnosisOptions.map((d) => {
            const key = `${d.system} ${d.code}`;
            return (
              <Checkbox key={key} value={key} onChange={(e) => toggleDiagnosis(key, e.target.checked)}>
                {d.system} {d.code} {d.text}
                {d.lasting ? ' (kjent problem)' : ''}
              </Checkbox>
            );
          })}
        </CheckboxGroup>
        {view.recentNotes.length > 0 && (
          <VStack gap="space-4">
            <Heading level="2" size="xsmall">
              Hent sykehistorie og funn fra signerte notater
            </Heading>
            <VStack gap="space-4">
              {view.recentNotes.slice(0, 6).map((n) => (
                <HStack key={n.noteId} gap="space-8" align="center">
                  <Button size="xsmall" variant="secondary" type="button" onClick={() => pickNote(n.noteId)}>
                    {n.occurredAt.slice(0, 10)} {n.reasonForContact.slice(0, 40)}
                  </Button>
                  <Checkbox
                    size="small"
                    checked={content.attachmentNoteIds.includes(n.noteId)}
                    onChange={(e) =>
                      set(
                        'attachmentNoteIds',
                        e.target.checked
                          ? [...content.attachmentNoteIds, n.noteId]
                          : content.attachmentNoteIds.filter((id) => id !== n.noteId),
                      )
                    }
                  >
                    Legg ved notatet
                  </Checkbox>
                </HStack>
              ))}
            </VStack>
          </VStack>
        )}
        <Textarea
          label="Sykehistorie"
          minRows={3}
          value={content.history}
          onChange={(e) => set('history', e.target.value)}
        />
        <Textarea label="Funn" minRows={2} value={content.findings} onChange={(e) => set('findings', e.target.value)} />
        <VStack gap="space-4">
          <Heading level="2" size="xsmall">
            Legemidler (fra legemiddellisten)
          </Heading>
          {content.medicines.length === 0 ? (
            <BodyShort>Ingen gjeldende resepter.</BodyShort>
          ) : (
            <ul>
              {content.medicines.map((m) => (
                <li key={`${m.name}-${m.dosing}`}>
                  {m.name}
                  {m.dosing ? `: ${m.dosing}` : ''}
                </li>
              ))}
            </ul>
          )}
          <Heading level="2" size="xsmall">
            CAVE
          </Heading>
          {content.cave.length === 0 ? (
            <BodyShort>Ingen registrert.</BodyShort>
          ) : (
            <ul>
              {content.cave.map((c) => (
                <li key={c.text}>{[c.text, c.reaction, c.severity].filter(Boolean).join(', ')}</li>
              ))}
            </ul>
          )}
        </VStack>
        <Textarea
          label="Annen kritisk informasjon"
          minRows={1}
          value={content.criticalInfo}
          onChange={(e) => set('criticalInfo', e.target.value)}
        />
        <HStack gap="space-16" align="end">
          <Checkbox
            checked={content.interpreter.needed}
            onChange={(e) => set('interpreter', { ...content.interpreter, needed: e.target.checked })}
          >
            Trenger tolk
          </Checkbox>
          {content.interpreter.needed && (
            <TextField
              id="referral-interpreter.language"
              label="Språk"
              size="small"
              value={content.interpreter.language}
              onChange={(e) => set('interpreter', { ...content.interpreter, language: e.target.value })}
              error={errors['interpreter.language']}
            />
          )}
        </HStack>
        {content.nextOfKin.length > 0 && (
          <BodyShort size="small">
            Pårørende:{' '}
            {content.nextOfKin.map((k) => [k.name, k.relation, k.phone].filter(Boolean).join(', ')).join('; ')}
          </BodyShort>
        )}
        {saved && (
          <Alert variant="success" size="small">
            {saved}
          </Alert>
        )}
        {changing && (
          <Textarea
            id="referral-reason"
            label="Hva er endret? (sendes til mottakeren)"
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={errors.reason}
          />
        )}
        <HStack gap="space-8">
          <Button type="submit" loading={submitting.isPending}>
            {changing ? 'Signer og send endringen (Ctrl+Enter)' : 'Signer og send (Ctrl+Enter)'}
          </Button>
          {!changing && (
            <Button type="button" variant="secondary" onClick={onSave} loading={save.isPending}>
              Lagre utkast (Ctrl+S)
            </Button>
          )}
        </HStack>
      </VStack>
    </form>
  );
}
