import { UploadIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Label, ProgressBar, VStack } from '@navikt/ds-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { DrugCatalogueImportView } from '../../../../shared/api/drug-views';
import { errorMessage, unwrap } from '../../api/api-call-error';
import { useApi } from '../../api/api-context';
import { useApiEvent } from '../../api/use-api-event';
import { readFileAsBase64 } from '../../ui/files/read-file-base64';

const IMPORT_TASK = 'drugs.importFest';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} MB`;

function useImportFest() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { fileName: string; contentBase64: string }) => unwrap(api.drugs.importFest(input)),
    // Everything that read the old catalogue: searches, the catalogue notice, the audit log.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

function ImportResult({ result }: { result: DrugCatalogueImportView }) {
  const c = result.counts;
  return (
    <Alert variant="success" size="small" data-testid="fest-import-result">
      <VStack gap="space-4">
        <BodyShort size="small" weight="semibold">
          Legemiddelkatalogen er erstattet med {result.fileName}
          {result.source === 'demo' ? ' (demokatalog, ikke FEST)' : ''}.
        </BodyShort>
        <BodyShort size="small">
          FEST hentet {result.retrievedAt.slice(0, 10)}: {c.products} legemidler, {c.packages} pakninger, {c.substances}{' '}
          virkestoffgrupper, {c.refundGroups} refusjonsgrupper, {c.interactions} interaksjoner.
        </BodyShort>
        <BodyShort size="small" textColor="subtle">
          Hoppet over {result.skipped.withdrawn} utgåtte og {result.skipped.olderVersions} eldre oppføringer. Tid:{' '}
          {(result.durationMs / 1000).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} s.
        </BodyShort>
      </VStack>
    </Alert>
  );
}

/**
 * Importer legemiddelkatalog (FEST): the M30 file from DMP replaces the catalogue in one transaction, with
 * progress as main reads the file; a broken file changes nothing. Very large extracts go through import-fest.
 */
export function FestImportSection() {
  const importFest = useImportFest();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [readError, setReadError] = useState('');

  useApiEvent('progress', (payload) => {
    if (payload.task === IMPORT_TASK) setProgress({ done: payload.done, total: payload.total });
  });

  const start = async () => {
    if (!file || importFest.isPending) return;
    setReadError('');
    setProgress(null);
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file);
    } catch {
      setReadError('Filen kunne ikke leses. Kontroller at den ikke er åpen i et annet program.');
      return;
    }
    importFest.mutate({ fileName: file.name, contentBase64 });
  };

  return (
    <section aria-labelledby="fest-import-heading">
      <VStack gap="space-12">
        <Heading level="2" size="medium" id="fest-import-heading">
          Importer legemiddelkatalog (FEST)
        </Heading>
        <BodyLong size="small">
          FEST-uttrekket fra Direktoratet for medisinske produkter (M30, XML). Hele katalogen byttes på én gang; en fil
          med feil avvises, og den gamle katalogen står urørt. Resepter som er skrevet, endres ikke.
        </BodyLong>
        <HStack gap="space-12" align="end">
          <VStack gap="space-4">
            <Label htmlFor="fest-file">FEST-fil</Label>
            <input
              ref={fileInput}
              id="fest-file"
              type="file"
              accept=".xml,application/xml,text/xml"
              className="file-input"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                importFest.reset();
              }}
            />
          </VStack>
          <Button
            type="button"
            icon={<UploadIcon aria-hidden />}
            disabled={!file}
            loading={importFest.isPending}
            onClick={() => void start()}
          >
            Importer katalog
          </Button>
        </HStack>
        {importFest.isPending && (
          <VStack gap="space-4" data-testid="fest-import-progress">
            <ProgressBar
              aria-label="Importerer legemiddelkatalogen"
              value={progress?.done ?? 0}
              valueMax={progress && progress.total > 0 ? progress.total : 1}
            />
            <BodyShort size="small" textColor="subtle">
              {progress ? `Lest ${megabytes(progress.done)} av ${megabytes(progress.total)} …` : 'Leser filen …'}
            </BodyShort>
          </VStack>
        )}
        {readError && (
          <Alert variant="error" size="small" role="alert">
            {readError}
          </Alert>
        )}
        {importFest.isError && (
          <Alert variant="error" size="small" role="alert" data-testid="fest-import-error">
            {errorMessage(importFest.error)}
          </Alert>
        )}
        {importFest.data && <ImportResult result={importFest.data} />}
      </VStack>
    </section>
  );
}
