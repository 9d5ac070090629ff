import { Alert, BodyLong, Checkbox, Heading, Radio, RadioGroup, Select, VStack } from '@navikt/ds-react';
import type { PrescriptionCheckView } from '../../../../shared/api/prescription-views';
import { REFUND_HJEMLER, type PrescriptionKind, type RefundHjemmel } from '../../../../shared/rules/prescription-rules';
import { HJEMMEL_LABELS, KIND_LABELS, isGroupAOrB } from './prescription-labels';
import { refundCodeKey, type PrescriptionFormState } from './prescription-form-state';

type Change = (patch: Partial<PrescriptionFormState>) => void;

/** A fastlege may not issue an H-resept (DOMAIN.md, e-resept): say so, and what to do instead. */
export function HReseptRefusal() {
  return (
    <Alert variant="error" role="alert" data-testid="h-resept-refusal">
      <Heading level="3" size="xsmall" spacing>
        Fastleger kan ikke skrive H-resept
      </Heading>
      <BodyLong size="small">
        H-resepter finansieres av de regionale helseforetakene og kan bare skrives av leger i spesialisthelsetjenesten
        og godkjente spesialister. Gjør i stedet ett av dette: be sykehuset eller spesialisten som startet behandlingen
        om å fornye H-resepten, henvis pasienten til spesialisthelsetjenesten, eller skriv hvit resept dersom pasienten
        skal betale selv.
      </BodyLong>
    </Alert>
  );
}

/** Kind (hvit, blå with refusjonshjemmel and -kode, H), låst resept and reservation against substitution. */
export function KindFields({
  form,
  reseptgruppe,
  refund,
  onChange,
}: {
  form: PrescriptionFormState;
  reseptgruppe: string | null;
  refund: PrescriptionCheckView['refund'] | undefined;
  onChange: Change;
}) {
  const hjemler = refund?.hjemler ?? [];
  const codes = refund?.codes ?? [];
  return (
    <VStack gap="space-12">
      <RadioGroup
        legend="Resepttype"
        size="small"
        value={form.kind}
        onChange={(kind: PrescriptionKind) => onChange({ kind })}
      >
        {(Object.keys(KIND_LABELS) as PrescriptionKind[]).map((kind) => (
          <Radio key={kind} value={kind}>
            {KIND_LABELS[kind]}
          </Radio>
        ))}
      </RadioGroup>
      {form.kind === 'h' && <HReseptRefusal />}
      {form.kind === 'bla' && (
        <VStack gap="space-8" data-testid="refund-fields">
          <Select
            label="Refusjonshjemmel"
            size="small"
            description={
              refund
                ? hjemler.length > 0
                  ? `Legemiddelkatalogen gir: ${hjemler.map((h) => `§ ${h}`).join(', ')}`
                  : 'Legemiddelkatalogen gir ingen refusjon for dette legemidlet.'
                : undefined
            }
            value={form.hjemmel}
            onChange={(event) => onChange({ hjemmel: event.target.value as RefundHjemmel | '', refundTouched: true })}
          >
            <option value="">Velg hjemmel</option>
            {REFUND_HJEMLER.map((h) => (
              <option key={h} value={h}>
                {HJEMMEL_LABELS[h]}
                {hjemler.includes(h) ? '' : ' (ikke i katalogen)'}
              </option>
            ))}
          </Select>
          {form.hjemmel === '2' && (
            <Select
              label="Refusjonskode"
              size="small"
              description={
                refund?.suggestedCode && refundCodeKey(refund.suggestedCode) === form.refundCode
                  ? 'Foreslått ut fra pasientens diagnoser.'
                  : 'Koder fra legemiddelkatalogens refusjonsvilkår.'
              }
              value={form.refundCode}
              onChange={(event) => onChange({ refundCode: event.target.value, refundTouched: true })}
            >
              <option value="">Velg refusjonskode</option>
              {codes.map((code) => (
                <option key={refundCodeKey(code)} value={refundCodeKey(code)}>
                  {code.system} {code.code}
                  {code.text ? ` – ${code.text}` : ''}
                </option>
              ))}
            </Select>
          )}
        </VStack>
      )}
      <Checkbox size="small" checked={form.locked} onChange={(event) => onChange({ locked: event.target.checked })}>
        Låst resept (bare den som har referansenummeret, ser resepten)
      </Checkbox>
      {form.locked && reseptgruppe !== null && isGroupAOrB(reseptgruppe) && (
        <Alert variant="error" role="alert" data-testid="locked-ab-warning">
          <Heading level="3" size="xsmall" spacing>
            Låst resept frarådes sterkt for reseptgruppe {reseptgruppe}
          </Heading>
          <BodyLong size="small">
            En låst resept skjules for andre leger og apotek i reseptformidleren, så ingen kan se at pasienten har fått
            et legemiddel med misbrukspotensial. Skriv den bare låst når pasienten krever det, og begrunn det.
          </BodyLong>
        </Alert>
      )}
      <Checkbox
        size="small"
        checked={form.noSubstitution}
        onChange={(event) => onChange({ noSubstitution: event.target.checked })}
      >
        Reservasjon mot generisk bytte
      </Checkbox>
    </VStack>
  );
}
