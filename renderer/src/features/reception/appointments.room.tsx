import { PlaceholderRoom } from '../../ui/placeholder-room';

export function AppointmentsRoom() {
  return (
    <PlaceholderRoom
      title="Timebok"
      summary="Her skal legekontorets timer settes opp og bestilles. Det er ikke bygget ennå."
      coming={[
        'Dagens og ukens timer for hver behandler',
        'Bestille, flytte og avbestille timer',
        'SMS-påminnelse til pasienten før timen',
      ]}
    />
  );
}
