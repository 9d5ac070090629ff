import type { PatientCard } from '../../../../../shared/api/views';
import { FactList } from '../../../ui/fact-list';
import { placeName } from '../../../ui/format-place-name';
import { CardSection } from './card-section';

/** Address, phones, e-mail, language and consent: what reception checks at every visit. */
export function PatientContactSection({ patient }: { patient: PatientCard }) {
  const place = [patient.postalCode, patient.city].filter(Boolean).join(' ');
  return (
    <CardSection title="Adresse og kontakt" testId="patient-contact">
      <FactList
        facts={[
          { label: 'Adresse', value: patient.addressLine },
          { label: 'Postnummer og poststed', value: place },
          {
            label: 'Kommune',
            value: patient.kommune && `${placeName(patient.kommune.name)} (${patient.kommune.number})`,
          },
          { label: 'Mobil', value: patient.mobilePhone },
          { label: 'Annen telefon', value: patient.otherPhone },
          { label: 'E-post', value: patient.email },
          { label: 'Foretrukket språk', value: patient.preferredLanguage },
          { label: 'Trenger tolk', value: patient.interpreterNeeded ? 'Ja' : 'Nei' },
          { label: 'SMS-varsler', value: patient.smsConsent ? 'Samtykker' : 'Ikke samtykke' },
        ]}
      />
    </CardSection>
  );
}
