import { Alert } from '@navikt/ds-react';
import { useDrugCatalogue } from '../../api/use-drugs';
import { formatDate } from '../../ui/format-date';

/** Which catalogue the screen prescribes from; a demo catalogue is not FEST and must say so plainly. */
export function DemoCatalogueNotice() {
  const catalogue = useDrugCatalogue();
  if (!catalogue.data) {
    if (catalogue.isSuccess) {
      return (
        <Alert variant="warning" size="small" data-testid="drug-catalogue">
          Ingen legemiddelkatalog er lastet inn. Be administrator importere FEST.
        </Alert>
      );
    }
    return null;
  }
  if (catalogue.data.source === 'demo') {
    return (
      <Alert variant="warning" size="small" data-testid="drug-catalogue">
        Demokatalog: legemidlene er et lite utvalg til demonstrasjon, ikke FEST fra Direktoratet for medisinske
        produkter. Ikke bruk den til ekte forskrivning.
      </Alert>
    );
  }
  return (
    <Alert variant="info" size="small" inline data-testid="drug-catalogue">
      FEST hentet {formatDate(catalogue.data.retrievedAt.slice(0, 10))} ({catalogue.data.products} preparater).
    </Alert>
  );
}
