import { TrashIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Checkbox, HGrid, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import { useCallback, useId } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { searchIcpc2, type CodeEntry } from '../../../../../shared/reference/codes';
import type { NoteFormValues } from './note-form-values';
import { CodePicker } from './code-picker';
import { useIcd10Search } from './use-icd10-search';

export const ICPC2_PICKER_ID = 'note-icpc2';

/**
 * Diagnoses: ICPC-2 (what a GP codes) by type-ahead, ICD-10 optionally. The first chosen is the main diagnosis
 * until another is made main; "Varig" puts it on the problem list (kjente problemstillinger).
 */
export function DiagnosesFields({ onChange }: { onChange: () => void }) {
  const headingId = useId();
  const { control, setValue } = useFormContext<NoteFormValues>();
  // Rows keep their keys from the field array (so focus stays put); their values are watched and set in place,
  // because the array's update() and replace() would give every row a new key and remount it.
  const { fields, append, remove } = useFieldArray({ control, name: 'diagnoses', keyName: 'key' });
  const values = useWatch({ control, name: 'diagnoses' });
  const icd10 = useIcd10Search();

  const isChosen = useCallback(
    (entry: CodeEntry) => values.some((d) => d.system === entry.system && d.code === entry.code),
    [values],
  );

  const add = (entry: CodeEntry) => {
    append({ ...entry, isMain: !values.some((d) => d.isMain), isLasting: false });
    onChange();
  };
  const makeMain = (index: number) => {
    values.forEach((_, i) => setValue(`diagnoses.${i}.isMain`, i === index));
    onChange();
  };
  const toggleLasting = (index: number) => {
    setValue(`diagnoses.${index}.isLasting`, !(values[index]?.isLasting ?? false));
    onChange();
  };
  const drop = (index: number) => {
    const wasMain = values[index]?.isMain ?? false;
    remove(index);
    // The main diagnosis gone: the first of the rest takes its place, so a coded note always has one.
    if (wasMain && values.length > 1) setValue('diagnoses.0.isMain', true);
    onChange();
  };

  return (
    <VStack as="section" gap="space-8" aria-labelledby={headingId} className="note-diagnoses">
      <Heading level="3" size="xsmall" id={headingId}>
        Diagnoser
      </Heading>
      {fields.length === 0 ? (
        <BodyShort size="small" textColor="subtle">
          Ingen diagnose valgt.
        </BodyShort>
      ) : (
        <ul className="diagnosis-list" aria-label="Valgte diagnoser" data-testid="chosen-diagnoses">
          {fields.map((field, index) => {
            const d = values[index] ?? field;
            return (
              <li key={field.key} className="diagnosis-list__item">
                <HStack gap="space-8" align="center" wrap={false} className="diagnosis-list__name">
                  <BodyShort size="small" weight="semibold" className="diagnosis-list__code">
                    {d.code}
                  </BodyShort>
                  <BodyShort size="small" truncate>
                    {d.title}
                  </BodyShort>
                  <Tag size="xsmall" variant="moderate" data-color="neutral">
                    {d.system}
                  </Tag>
                  {d.isMain && (
                    <Tag size="xsmall" variant="moderate" data-color="accent">
                      Hoveddiagnose
                    </Tag>
                  )}
                </HStack>
                <HStack gap="space-8" align="center" wrap={false}>
                  {!d.isMain && (
                    <Button type="button" size="xsmall" variant="tertiary" onClick={() => makeMain(index)}>
                      Gjør til hoveddiagnose
                    </Button>
                  )}
                  <Checkbox size="small" checked={d.isLasting} onChange={() => toggleLasting(index)}>
                    Varig
                  </Checkbox>
                  <Button
                    type="button"
                    size="xsmall"
                    variant="tertiary"
                    icon={<TrashIcon aria-hidden />}
                    onClick={() => drop(index)}
                    aria-label={`Fjern ${d.code}`}
                  />
                </HStack>
              </li>
            );
          })}
        </ul>
      )}
      <HGrid columns={{ xs: 1, md: 2 }} gap="space-12" align="start">
        <CodePicker
          id={ICPC2_PICKER_ID}
          label="ICPC-2"
          description="Kode eller tekst: R74, luftveis"
          search={searchIcpc2}
          isChosen={isChosen}
          onPick={add}
        />
        <CodePicker
          id="note-icd10"
          label="ICD-10 (valgfritt)"
          description="Kode eller tekst: J06"
          search={icd10.search}
          isChosen={isChosen}
          onPick={add}
          onFocus={icd10.load}
          status={icd10.failed ? 'ICD-10-listen kunne ikke lastes.' : undefined}
        />
      </HGrid>
    </VStack>
  );
}
