import { UploadIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Button, ExpansionCard, HStack, Label, List, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { errorMessage } from '../../api/api-call-error';
import { readFileAsBase64 } from '../../ui/files/read-file-base64';
import { useImportRegister } from './use-referrals';

/**
 * Adresseregisteret: import the register file (format in electron/services/referrals/README.md). Kept folded
 * away: a clinic does this when Norsk helsenett's extract changes, not in a consultation.
 */
export function RegisterImportSection() {
  const [file, setFile] = useState<File | null>(null);
  const importRegister = useImportRegister();
  const start = async () => {
    if (!file) return;
    importRegister.mutate({ fileName: file.name, contentBase64: await readFileAsBase64(file) });
  };
  const report = importRegister.data;
  return (
    <ExpansionCard size="small" aria-label="Adresseregisteret">
      <ExpansionCard.Header>
        <ExpansionCard.Title as="h2" size="small">
          Adresseregisteret
        </ExpansionCard.Title>
      </ExpansionCard.Header>
      <ExpansionCard.Content>
        <VStack gap="space-12">
          <BodyLong size="small">
            Mottakerne du kan henvise til. Demoregisteret har ekte navn, men HER-id-ene er testverdier. Importer en
            registerfil (UTF-8, semikolon, én tjeneste per linje) for å legge til eller oppdatere mottakere.
          </BodyLong>
          <HStack gap="space-12" align="end">
            <VStack gap="space-4">
              <Label htmlFor="register-file">Registerfil</Label>
              <input
                id="register-file"
                type="file"
                accept=".csv,.txt,text/csv,text/plain"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  importRegister.reset();
                }}
              />
            </VStack>
            <Button
              type="button"
              icon={<UploadIcon aria-hidden />}
              disabled={!file}
              loading={importRegister.isPending}
              onClick={() => void start()}
            >
              Importer
            </Button>
          </HStack>
          {importRegister.isError && <Alert variant="error">{errorMessage(importRegister.error)}</Alert>}
          {report && (
            <Alert variant={report.errors.length > 0 ? 'warning' : 'success'} data-testid="register-import-report">
              {report.added} nye og {report.updated} oppdaterte mottakere fra {report.fileName}.
              {report.errors.length > 0 && (
                <BodyLong size="small">{report.errors.length} linjer ble ikke importert:</BodyLong>
              )}
              {report.errors.length > 0 && (
                <List size="small">
                  {report.errors.slice(0, 50).map((e) => (
                    <List.Item key={e.line}>{e.message}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
        </VStack>
      </ExpansionCard.Content>
    </ExpansionCard>
  );
}
