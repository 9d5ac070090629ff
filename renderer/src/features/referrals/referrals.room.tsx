import { PlaceholderRoom } from '../../ui/placeholder-room';

export function ReferralsRoom() {
  return (
    <PlaceholderRoom
      title="Henvisninger"
      summary="Her skal legekontorets henvisninger følges til svaret kommer. Det er ikke bygget ennå."
      coming={['Henvisninger med status fra utkast til epikrise mottatt', 'Henvisninger som har ventet for lenge']}
    />
  );
}
