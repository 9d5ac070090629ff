import { UploadIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Label, ProgressBar, VStack } from '@navikt/ds-react';
import { useRef, useState } from 'react';
import type { ImportReport } from '../../../../shared/api/views';
import { errorMessage } from '../../api/api-call-error';
import { useApiEvent } from '../../api/use-api-event';
import { useImportPatients } from '../../api/use-patient-import';
import { readFileAsBase64 } from '../../ui/files/read-file-base64';
import { ImportReportView } from './import-report.view';

const IMPORT_TASK = 'patients.import';

/**
 * Importer fastlegeliste: the list file from the national register. The file goes to main as bytes; main reads
 * the encoding and separator itself, reports progress as it goes, and answers with what it did line by line.
 */
export function PatientImportSection() {
  const importPatients = useImportPatients();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [readError, setReadError] = useState('');
  const [result, setResult] = useState<{ fileName: string; report: ImportReport } | null>(null);

  useApiEvent('progress', (payload) => {
    if (payload.task === IMPORT_TASK) setProgress({ done: payload.done, total: payload.total });
  });

  const start = async () => {
    if (!file || importPatients.isPending) return;
    setReadError('');
    setResult(null);
    setProgress(null);
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file);
    } catch {
      setReadError('Filen kunne ikke leses. Kontroller at den ikke er åpen i et annet program.');
      return;
    }
    const fileName = file.name;
    importPatients.mutate({ fileName, contentBase64 }, { onSuccess: (report) => setResult({ fileName, report }) });
  };

  return (
    <section aria-labelledby="import-heading">
      <VStack gap="space-12">
        <Heading level="2" size="medium" id="import-heading">
          Importer fastlegeliste
        </Heading>
        <BodyLong size="small">
          Listefilen fra Fastlegeregisteret (CSV med semikolon eller komma, UTF-8 eller Windows-1252). Importen legger
          til nye pasienter og oppdaterer dem som finnes; den sletter ingen. Linjer med feil hoppes over og vises under.
        </BodyLong>
        <HStack gap="space-12" align="end">
          <VStack gap="space-4">
            <Label htmlFor="import-file">Listefil</Label>
            <input
              ref={fileInput}
              id="import-file"
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              className="file-input"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setResult(null);
                importPatients.reset();
              }}
            />
          </VStack>
          <Button
            type="button"
            icon={<UploadIcon aria-hidden />}
            disabled={!file}
            loading={importPatients.isPending}
            onClick={() => void start()}
          >
            Importer
          </Button>
        </HStack>
        {importPatients.isPending && (
          <VStack gap="space-4" data-testid="import-progress">
            <ProgressBar
              aria-label="Importerer listefilen"
              value={progress?.done ?? 0}
              valueMax={progress && progress.total > 0 ? progress.total : 1}
            />
            <BodyShort size="small" textColor="subtle">
              {progress ? `Behandlet ${progress.done} av ${progress.total} linjer …` : 'Leser filen …'}
            </BodyShort>
          </VStack>
        )}
        {readError && (
          <Alert variant="error" size="small" role="alert">
            {readError}
          </Alert>
        )}
        {importPatients.isError && (
          <Alert variant="error" size="small" role="alert" data-testid="import-error">
            {errorMessage(importPatients.error)}
          </Alert>
        )}
        {result && <ImportReportView fileName={result.fileName} report={result.report} />}
      </VStack>
    </section>
  );
}
