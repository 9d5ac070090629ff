import { Route, Routes } from 'react-router';
import { may } from '../../../../shared/schemas/roles';
import { useCurrentUser } from '../../api/use-auth';
import { JournalNotForRole } from '../journal/journal-not-for-role';
import { JournalPage } from '../journal/journal.page';
import { MedicinesPage } from '../prescriptions/medicines.page';
import { PrescribePage } from '../prescriptions/prescribe.page';
import { PrescriptionShortcuts } from '../prescriptions/prescription-shortcuts';
import { ReferralShortcuts } from '../referrals/referral-shortcuts';
import { ComposeReferralPage } from '../referrals/compose-referral.page';
import { NoAccess } from '../shell/no-access';
import { PatientCardPage } from './card/patient-card.page';
import { EditPatientPage } from './form/edit-patient.page';
import { RegisterPatientPage } from './form/register-patient.page';
import { GpListsPage } from './lists/gp-lists.page';
import { PatientSearchPage } from './search/patient-search.page';

/**
 * Pasienter: the search, the patient card with its journal (doctors), registration and the fastlegelister. The administrator runs the lists
 * but does not read patient cards (PERMISSIONS), so their Pasienter room is the lists.
 */
export function PatientsRoom() {
  const user = useCurrentUser();
  const patients = user !== null && may(user.role, 'patientAdministrative');
  const clinical = user !== null && may(user.role, 'patientClinical');
  return (
    <>
      <PrescriptionShortcuts enabled={clinical} />
      <ReferralShortcuts enabled={clinical} />
      <Routes>
        <Route index element={patients ? <PatientSearchPage /> : <GpListsPage title="Pasienter" />} />
        <Route path="fastlegelister" element={<GpListsPage />} />
        <Route path="ny" element={patients ? <RegisterPatientPage /> : <NoAccess title="Ny pasient" />} />
        <Route path=":patientId" element={patients ? <PatientCardPage /> : <NoAccess title="Pasient" />} />
        <Route
          path=":patientId/journal/*"
          element={clinical ? <JournalPage /> : patients ? <JournalNotForRole /> : <NoAccess title="Journal" />}
        />
        <Route path=":patientId/endre" element={patients ? <EditPatientPage /> : <NoAccess title="Endre pasient" />} />
        <Route path=":patientId/resept" element={clinical ? <PrescribePage /> : <NoAccess title="Ny resept" />} />
        <Route path=":patientId/legemidler" element={clinical ? <MedicinesPage /> : <NoAccess title="Legemidler" />} />
        <Route
          path=":patientId/henvisning"
          element={clinical ? <ComposeReferralPage /> : <NoAccess title="Ny henvisning" />}
        />
      </Routes>
    </>
  );
}
