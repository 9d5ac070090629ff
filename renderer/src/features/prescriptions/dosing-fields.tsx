import { Button, ErrorMessage, HStack, Radio, RadioGroup, Select, TextField, Textarea, VStack } from '@navikt/ds-react';
import { DOSING_QUICK_PICKS, USAGE_LABELS } from './prescription-labels';
import { DOSE_TIMES, type PrescriptionFormState, type UsageCode } from './prescription-form-state';

const DOSE_UNITS = ['tablett', 'kapsel', 'ml', 'dose', 'stikkpille', 'dråpe'];

type Change = (patch: Partial<PrescriptionFormState>) => void;

/**
 * DSSN dosing text with quick picks, optional structured doses (morgen–middag–ettermiddag–kveld), how the medicine
 * is used, bruksområde, the amount as packages or as days, and reit. A substance has no package to count.
 */
export function DosingFields({
  form,
  problems,
  onChange,
}: {
  form: PrescriptionFormState;
  problems: Record<string, string>;
  onChange: Change;
}) {
  return (
    <VStack gap="space-12">
      <Textarea
        label="Dosering (DSSN)"
        description="Fritekst etter Dosering i standardisert norsk, eller velg et forslag under."
        minRows={2}
        value={form.dssn}
        error={form.dssn.length > 0 ? undefined : problems.dssn}
        onChange={(event) => onChange({ dssn: event.target.value })}
      />
      <HStack gap="space-4" role="group" aria-label="Forslag til dosering">
        {DOSING_QUICK_PICKS.map((pick) => (
          <Button
            key={pick.text}
            type="button"
            size="xsmall"
            variant="secondary-neutral"
            onClick={() => onChange({ dssn: pick.text, usage: pick.usage })}
          >
            {pick.text}
          </Button>
        ))}
      </HStack>
      <HStack gap="space-12" align="start">
        <Select
          label="Bruk"
          size="small"
          value={form.usage}
          onChange={(event) => onChange({ usage: event.target.value as UsageCode })}
        >
          <option value="">Ikke angitt</option>
          {Object.entries(USAGE_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </Select>
        <TextField
          label="Bruksområde"
          size="small"
          value={form.bruksomrade}
          onChange={(event) => onChange({ bruksomrade: event.target.value })}
        />
      </HStack>
      <fieldset className="prescribe__dosing-grid" aria-describedby="dosing-grid-help">
        <legend>Strukturert dosering (valgfritt)</legend>
        <HStack gap="space-8" align="end">
          {DOSE_TIMES.map((t) => (
            <TextField
              key={t.key}
              label={`${t.label} (${t.clock.slice(0, 2)})`}
              size="small"
              inputMode="decimal"
              htmlSize={4}
              value={form.doses[t.key]}
              error={problems[`dose-${t.key}`]}
              onChange={(event) => onChange({ doses: { ...form.doses, [t.key]: event.target.value } })}
            />
          ))}
          <Select
            label="Enhet"
            size="small"
            value={form.doseUnit}
            onChange={(event) => onChange({ doseUnit: event.target.value })}
          >
            {DOSE_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </Select>
        </HStack>
        <span id="dosing-grid-help" className="aksel-sr-only">
          Mengde per gang, én gang om dagen på hvert tidspunkt. Trengs når mengden er en behandlingstid.
        </span>
        {problems.dosing && form.amountMode === 'days' && <ErrorMessage size="small">{problems.dosing}</ErrorMessage>}
      </fieldset>
      <HStack gap="space-12" align="end">
        <RadioGroup
          legend="Mengde som"
          size="small"
          value={form.amountMode}
          onChange={(value: 'packages' | 'days') => onChange({ amountMode: value })}
        >
          <HStack gap="space-8">
            <Radio value="packages" disabled={form.substance !== null}>
              Pakninger
            </Radio>
            <Radio value="days">Behandlingstid</Radio>
          </HStack>
        </RadioGroup>
        {form.amountMode === 'packages' ? (
          <TextField
            label="Antall pakninger"
            size="small"
            inputMode="numeric"
            htmlSize={4}
            value={form.packages}
            error={problems.packages}
            onChange={(event) => onChange({ packages: event.target.value })}
          />
        ) : (
          <TextField
            label="Behandlingstid (dager)"
            size="small"
            inputMode="numeric"
            htmlSize={4}
            value={form.durationDays}
            error={problems.durationDays}
            onChange={(event) => onChange({ durationDays: event.target.value })}
          />
        )}
        <TextField
          label="Reit"
          description="Antall ekstra utleveringer"
          size="small"
          inputMode="numeric"
          htmlSize={3}
          value={form.reit}
          error={problems.reit}
          onChange={(event) => onChange({ reit: event.target.value })}
        />
      </HStack>
    </VStack>
  );
}
