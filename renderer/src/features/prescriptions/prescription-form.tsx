import { Alert, Button, HStack, VStack } from '@navikt/ds-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { PrescriptionCheckView } from '../../../../shared/api/prescription-views';
import { isOverridable, type RefundCode } from '../../../../shared/rules/prescription-rules';
import { errorMessage } from '../../api/api-call-error';
import { useFetchPrescriptionCheck, useIssuePrescription, usePrescriptionCheck } from '../../api/use-prescriptions';
import { useShortcut } from '../../ui/shortcuts/use-shortcut';
import { useToast } from '../../ui/toasts/toast-context';
import { CheckFindingsPanel, hasReason, reasonFieldId } from './check-findings.panel';
import { ChosenDrug, ChosenSubstance } from './chosen-drug';
import { DosingFields } from './dosing-fields';
import { DrugPicker } from './drug-picker';
import { ExpirySummary } from './expiry-summary';
import { KindFields } from './kind-fields';
import { prescriptionPaths, DRUG_SEARCH_ID } from './prescription-paths';
import {
  EMPTY_FORM,
  draftProblems,
  toDraft,
  withRefundDefaults,
  type PrescriptionFormState,
} from './prescription-form-state';

/**
 * Puts the cursor in a field that may not be drawn yet (a reason field appears with the check's answer): the id
 * waits in a ref until a render has put that element on the page.
 */
function useFocusWhenDrawn(): (id: string) => void {
  const pending = useRef<string | null>(null);
  const [, redraw] = useState(0);
  useEffect(() => {
    const id = pending.current;
    const element = id ? document.getElementById(id) : null;
    if (element) {
      pending.current = null;
      element.focus();
    }
  });
  return (id) => {
    pending.current = id;
    redraw((n) => n + 1);
  };
}

/**
 * The prescribing form, keyboard first: search, package, dosing, kind; "Kontroller" (Alt+K) shows main's safety
 * findings, each needing a typed reason; "Signer og send" (Ctrl+Enter) issues it with those reasons.
 */
export function PrescriptionForm({ patientId }: { patientId: string }) {
  const [typed, setForm] = useState<PrescriptionFormState>(EMPTY_FORM);
  // Blå resept: the hjemmel from the catalogue and the § 2 refusjonskode main matched to the diagnoses fill the
  // fields until the doctor changes them (derived here, so there is no effect chasing the check's answer).
  const [suggested, setSuggested] = useState<RefundCode | undefined>(undefined);
  const form = useMemo(() => withRefundDefaults(typed, suggested), [typed, suggested]);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState(false);
  const [showMissing, setShowMissing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const packageRef = useRef<HTMLSelectElement>(null);
  const focusById = useFocusWhenDrawn();
  const navigate = useNavigate();
  const toast = useToast();
  const draft = useMemo(() => toDraft(patientId, form), [patientId, form]);
  // Checked on every change, not debounced: check is a local call, and the findings on screen must be those of
  // the draft on screen (a debounced key showed the previous draft's findings for a moment after Alt+K).
  const check = usePrescriptionCheck(draft);
  const fetchCheck = useFetchPrescriptionCheck();
  const issue = useIssuePrescription();
  const problems = showMissing ? draftProblems(form) : {};
  const view: PrescriptionCheckView | undefined = draft ? check.data : undefined;
  const suggestion = view?.refund.suggestedCode;
  if (suggestion?.code !== suggested?.code || suggestion?.system !== suggested?.system) setSuggested(suggestion);

  const change = (patch: Partial<PrescriptionFormState>) => {
    setForm((current) => ({ ...current, ...patch }));
    setProblem(null);
  };

  const runCheck = async (): Promise<PrescriptionCheckView | null> => {
    setChecked(true);
    if (!draft) {
      setShowMissing(true);
      setProblem('Fyll ut legemiddel, pakning, dosering og mengde før resepten kontrolleres.');
      return null;
    }
    try {
      return await fetchCheck(draft);
    } catch (error) {
      setProblem(errorMessage(error));
      return null;
    }
  };

  const kontroller = async () => {
    const result = await runCheck();
    const first = result?.findings.find((f) => isOverridable(f) && !hasReason(reasons, f));
    if (first) focusById(reasonFieldId(first));
  };

  const sign = async () => {
    if (issue.isPending) return;
    const result = await runCheck();
    if (!result || !draft) return;
    if (result.blocked) {
      setProblem('Resepten kan ikke sendes slik den er. Se advarslene merket «Stopp».');
      return;
    }
    const missing = result.findings.filter((f) => !hasReason(reasons, f));
    if (missing[0]) {
      setShowMissing(true);
      setProblem(
        missing.length === 1
          ? 'En advarsel må begrunnes før resepten kan sendes.'
          : `${missing.length} advarsler må begrunnes før resepten kan sendes.`,
      );
      focusById(reasonFieldId(missing[0]));
      return;
    }
    issue.mutate(
      {
        ...draft,
        overrides: result.findings.map((f) => ({ checkId: f.id, reason: (reasons[f.id] ?? '').trim() })),
      },
      {
        onSuccess: (issued) => {
          toast.show({
            variant: 'success',
            message: `Resepten på ${issued.prescription.drug.nameFormStrength} er signert og lagt til sending.`,
          });
          void navigate(prescriptionPaths.medicines(patientId));
        },
        onError: (error) => setProblem(errorMessage(error)),
      },
    );
  };

  useShortcut({
    id: 'prescriptions:sign',
    keys: ['Ctrl+Enter'],
    description: 'Signer og send resepten',
    group: 'Resept',
    run: () => void sign(),
  });
  useShortcut({
    id: 'prescriptions:check',
    keys: ['Alt+K'],
    description: 'Kontroller resepten (CAVE, interaksjoner, regler)',
    group: 'Resept',
    run: () => void kontroller(),
  });

  const hBlocked = form.kind === 'h';
  return (
    <div className="prescribe__layout">
      <VStack gap="space-16" as="form" aria-label="Ny resept" onSubmit={(event) => event.preventDefault()}>
        {form.substance ? (
          <ChosenSubstance
            substance={form.substance}
            onClear={() => {
              change({ substance: null, amountMode: 'packages', hjemmel: '', refundCode: '', refundTouched: false });
              focusById(DRUG_SEARCH_ID);
            }}
          />
        ) : form.drug ? (
          <ChosenDrug
            drug={form.drug}
            packageId={form.packageId}
            packageRef={packageRef}
            error={problems.packageId}
            onPackage={(packageId) => change({ packageId })}
            onClear={() => {
              change({ drug: null, packageId: '', hjemmel: '', refundCode: '', refundTouched: false });
              focusById(DRUG_SEARCH_ID);
            }}
          />
        ) : (
          <DrugPicker
            onChoose={(drug) => {
              change({ drug, packageId: drug.packages[0]?.id ?? '' });
              window.setTimeout(() => packageRef.current?.focus(), 0);
            }}
            onChooseSubstance={(substance) => change({ substance, amountMode: 'days' })}
          />
        )}
        {problems.drug && !form.drug && !form.substance && (
          <Alert variant="warning" size="small" inline>
            {problems.drug}
          </Alert>
        )}
        <DosingFields form={form} problems={problems} onChange={change} />
        <KindFields
          form={form}
          reseptgruppe={form.drug?.reseptgruppe ?? form.substance?.reseptgruppe ?? null}
          refund={view?.refund}
          onChange={(patch) =>
            change(patch.refundTouched ? { hjemmel: form.hjemmel, refundCode: form.refundCode, ...patch } : patch)
          }
        />
      </VStack>
      <VStack gap="space-16">
        <ExpirySummary
          expiry={view?.expiry}
          expiresOn={form.expiresOn}
          onExpiresOn={(expiresOn) => change({ expiresOn })}
        />
        {checked && view && !check.isPlaceholderData && (
          <CheckFindingsPanel
            findings={view.findings}
            reasons={reasons}
            showMissing={showMissing}
            onReason={(id, reason) => {
              setReasons((current) => ({ ...current, [id]: reason }));
              setProblem(null);
            }}
          />
        )}
        {check.isError && draft && !problem && (
          <Alert variant="error" size="small" role="alert" data-testid="prescription-check-error">
            {errorMessage(check.error)}
          </Alert>
        )}
        {problem && (
          <Alert variant="error" size="small" role="alert" data-testid="prescription-problem">
            {problem}
          </Alert>
        )}
        <HStack gap="space-8">
          <Button type="button" variant="secondary" onClick={() => void kontroller()} aria-keyshortcuts="Alt+K">
            Kontroller
          </Button>
          <Button
            type="button"
            onClick={() => void sign()}
            loading={issue.isPending}
            disabled={hBlocked}
            aria-keyshortcuts="Control+Enter"
          >
            Signer og send
          </Button>
        </HStack>
      </VStack>
    </div>
  );
}
