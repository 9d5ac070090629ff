import { Button, HStack, Select, TextField, Textarea, VStack } from '@navikt/ds-react';
import { DOSING_QUICK_PICKS, USAGE_LABELS } from './prescription-labels';
import type { PrescriptionFormState, UsageCode } from './prescription-form-state';

type Change = (patch: Partial<PrescriptionFormState>) => void;

/** DSSN dosing text with quick picks, how the medicine is used, bruksområde, amount, duration and reit. */
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
      <HStack gap="space-12" align="start">
        <TextField
          label="Antall pakninger"
          size="small"
          inputMode="numeric"
          htmlSize={4}
          value={form.packages}
          error={problems.packages}
          onChange={(event) => onChange({ packages: event.target.value })}
        />
        <TextField
          label="Varighet (dager)"
          description="Valgfritt"
          size="small"
          inputMode="numeric"
          htmlSize={4}
          value={form.durationDays}
          error={problems.durationDays}
          onChange={(event) => onChange({ durationDays: event.target.value })}
        />
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
