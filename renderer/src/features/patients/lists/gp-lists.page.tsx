import { BodyShort } from '@navikt/ds-react';
import { may } from '../../../../../shared/schemas/roles';
import { useCurrentUser } from '../../../api/use-auth';
import { RoomPage } from '../../../ui/room-page';
import { GpChangesSection } from './gp-changes.section';
import { GpOverviewSection } from './gp-overview.section';

/**
 * Fastlegelister. Lives in Pasienter, not Administrasjon: reception and doctors read the lists and follow the
 * changes every day, while only the listetak is the administrator's (who reaches it here too).
 */
export function GpListsPage({ title = 'Fastlegelister' }: { title?: string }) {
  const user = useCurrentUser();
  const role = user?.role ?? 'helsesekretaer';
  return (
    <RoomPage title={title}>
      {!may(role, 'patientAdministrative') && (
        <BodyShort textColor="subtle">
          Som administrator ser du listene og setter listetak. Pasientkort åpnes av leger og helsesekretærer.
        </BodyShort>
      )}
      <GpOverviewSection canConfigure={may(role, 'listsConfigure')} />
      <GpChangesSection canOpenPatients={may(role, 'patientAdministrative')} />
    </RoomPage>
  );
}
