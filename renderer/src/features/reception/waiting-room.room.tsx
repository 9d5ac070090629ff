import { PlaceholderRoom } from '../../ui/placeholder-room';

export function WaitingRoomRoom() {
  return (
    <PlaceholderRoom
      title="Venterom"
      summary="Her skal resepsjonen og legene se dagens kø. Det er ikke bygget ennå."
      coming={[
        'Hvem som har meldt seg ankommet, og hvor lenge de har ventet',
        'Hvem som er inne hos legen, og hvem som er ferdig',
        'Oppdateres direkte på alle PC-ene på kontoret',
      ]}
    />
  );
}
