import { PlaceholderRoom } from '../../ui/placeholder-room';

export function InboxRoom() {
  return (
    <PlaceholderRoom
      title="Innboks"
      summary="Her skal meldinger fra andre i helsetjenesten komme inn. Det er ikke bygget ennå."
      coming={[
        'Svar på henvisninger og epikriser fra spesialisthelsetjenesten',
        'Kvitteringer (AppRec) fra reseptformidleren for sendte resepter',
        'Meldinger som ikke kom fram, med mulighet til å sende på nytt',
      ]}
    />
  );
}
