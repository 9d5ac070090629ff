import { PlaceholderRoom } from '../../ui/placeholder-room';

export function PatientsRoom() {
  return (
    <PlaceholderRoom
      title="Pasienter"
      summary="Her skal du finne pasienten og åpne journalen. Det er ikke bygget ennå."
      coming={[
        'Søk på navn, fødselsnummer eller D-nummer, med tastaturet fra første tegn',
        'Pasientens journal: notater, diagnoser, legemidler og henvisninger',
        'Innsynslogg: hvem som har lest journalen og hvorfor',
      ]}
    />
  );
}
