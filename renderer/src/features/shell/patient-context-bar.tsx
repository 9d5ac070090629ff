import { PersonIcon, XMarkIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, HStack, Link, Loader, Tag } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { SEX_LABELS, PATIENT_STATUS_LABELS } from '../../../../shared/schemas/patient.schema';
import { errorMessage } from '../../api/api-call-error';
import { usePatientCard } from '../../api/use-patients';
import { formatDate } from '../../ui/format-date';
import { formatIdentityNumber } from '../../ui/format-identity-number';
import { isTypingTarget, type ShortcutEvent } from '../../ui/shortcuts/shortcut-registry';
import { useShortcut } from '../../ui/shortcuts/use-shortcut';
import { CaveBanner } from '../patients/cave/cave-banner';
import { useClosePatient, usePatientContext } from '../patients/patient-context';
import { ageToday, fullName } from '../patients/patient-names';
import { patientPaths } from '../patients/patient-paths';

/** Esc closes the patient only where it means nothing else: not in a text field (clear it), not in a dialog. */
function outsideFieldsAndDialogs(event: ShortcutEvent): boolean {
  if (isTypingTarget(event.target)) return false;
  return !(event.target instanceof Element && event.target.closest('dialog, [role="dialog"]'));
}

/**
 * Which patient the screen is about, in every room, so nobody writes in the wrong journal; with the CAVE banner
 * right under the name for roles that see clinical data.
 */
export function PatientContextBar() {
  const { patientId } = usePatientContext();
  const close = useClosePatient();
  const card = usePatientCard(patientId);
  useShortcut(
    {
      id: 'patient:close',
      keys: ['Escape'],
      description: 'Lukk pasienten (utenfor tekstfelt)',
      group: 'Pasient',
      when: outsideFieldsAndDialogs,
      run: close,
    },
    patientId !== null,
  );

  if (patientId === null) {
    return (
      <section className="patient-context-bar" aria-label="Valgt pasient" data-testid="patient-context">
        <HStack gap="space-8" align="center">
          <PersonIcon aria-hidden fontSize="1.25rem" />
          <BodyShort size="small" textColor="subtle">
            Ingen pasient valgt
          </BodyShort>
        </HStack>
      </section>
    );
  }

  const patient = card.data;
  return (
    <section
      className="patient-context-bar patient-context-bar--active"
      aria-label="Valgt pasient"
      data-testid="patient-context"
    >
      <HStack gap="space-16" align="center" justify="space-between" wrap={false}>
        <HStack gap="space-12" align="center">
          <PersonIcon aria-hidden fontSize="1.5rem" />
          {card.isPending && <Loader size="small" title="Henter pasienten …" />}
          {card.isError && (
            <BodyShort size="small" className="patient-context-bar__error">
              {errorMessage(card.error)}
            </BodyShort>
          )}
          {patient && (
            <>
              <Link as={RouterLink} to={patientPaths.card(patient.id)} className="patient-context-bar__name">
                {fullName(patient)}
              </Link>
              <BodyShort size="small" data-testid="patient-context-identity">
                {formatIdentityNumber(patient.identityNumber)}
              </BodyShort>
              <BodyShort size="small">
                f. {formatDate(patient.birthDate)} ({ageToday(patient.birthDate)} år) · {SEX_LABELS[patient.sex]}
              </BodyShort>
              {patient.status !== 'aktiv' && (
                <Tag size="small" variant="strong" data-color="warning">
                  {PATIENT_STATUS_LABELS[patient.status]}
                </Tag>
              )}
            </>
          )}
        </HStack>
        <Button
          size="small"
          variant="tertiary"
          icon={<XMarkIcon aria-hidden />}
          onClick={close}
          title="Lukk pasienten (Esc)"
          aria-keyshortcuts="Escape"
        >
          Lukk pasient
        </Button>
      </HStack>
      {patient && <CaveBanner cave={patient.cave} />}
    </section>
  );
}
