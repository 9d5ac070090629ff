import { TrashIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Checkbox, HGrid, Heading, HStack, Tag, VStack } from '@navikt/ds-react';
import { useCallback, useId } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { searchIcpc2, type CodeEntry } from '../../../../../shared/reference/codes';
import type { DiagnosisValue, NoteFormValues } from './note-form-values';
import { CodePicker } from './code-picker';
import { useIcd10Search } from './use-icd10-search';

export const ICPC2_PICKER_ID = 'note-icpc2';

/**
 * Diagnoses: ICPC-2 (what a GP codes) by type-ahead, ICD-10 optionally. The first chosen is the main diagnosis
 * until another is made main; "Varig" puts it on the problem list (kjente problemstillinger).
 */
export function DiagnosesFields({ onChange }: { onChange: () => void }) {
  const headingId = useId();
  const { control } = useFormContext<NoteFormValues>();
  const { fields, append, remove, update, replace } = useFieldArray({ control, name: 'diagnoses', keyName: 'key' });
  const icd10 = useIcd10Search();

  const isChosen = useCallback(
    (entry: CodeEntry) => fields.some((d) => d.system === entry.system && d.code === entry.code),
    [fields],
  );
  const plain = (d: DiagnosisValue): DiagnosisValue => ({
    system: d.system,
    code: d.code,
    title: d.title,
    isMain: d.isMain,
    isLasting: d.isLasting,
  });

  const add = (entry: CodeEntry) => {
    append({ ...entry, isMain: !fields.some((d) => d.isMain), isLasting: false });
    onChange();
  };
  const makeMain = (index: number) => {
    replace(fields.map((d, i) => ({ ...plain(d), isMain: i === index })));
    onChange();
  };
  const toggleLasting = (index: number) => {
    const d = fields[index];
    if (!d) return;
    update(index, { ...plain(d), isLasting: !d.isLasting });
    onChange();
  };
  const drop = (index: number) => {
    const wasMain = fields[index]?.isMain ?? false;
    const rest = fields.filter((_, i) => i !== index).map(plain);
    // The main diagnosis gone: the next one takes its place, so a coded note always has one.
    if (wasMain && rest[0]) {
      replace(rest.map((d, i) => ({ ...d, isMain: i === 0 })));
    } else {
      remove(index);
    }
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
          {fields.map((d, index) => (
            <li key={d.key} className="diagnosis-list__item">
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
          ))}
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
