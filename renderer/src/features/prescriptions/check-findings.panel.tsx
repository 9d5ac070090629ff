import { Alert, BodyShort, Box, HStack, Heading, Tag, TextField, VStack } from '@navikt/ds-react';
import { isOverridable, type RuleFinding } from '../../../../shared/rules/prescription-rules';
import { FINDING_KIND_LABELS, SEVERITY_LABELS, SEVERITY_VARIANT, isNotAssessed } from './prescription-labels';

/** The id of a finding's reason field, so "Kontroller" can put the cursor in the first one. */
export function reasonFieldId(finding: RuleFinding): string {
  return `override-${finding.id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/** A reason main accepts: at least three characters (prescriptionIssueSchema). */
export function hasReason(reasons: Record<string, string>, finding: RuleFinding): boolean {
  return (reasons[finding.id]?.trim().length ?? 0) >= 3;
}

/**
 * The safety findings of prescriptions.check, worst first. Every one but a 'stopp' can be overridden, and only with a
 * typed reason, which is stored with the prescription.
 */
export function CheckFindingsPanel({
  findings,
  reasons,
  showMissing,
  onReason,
}: {
  findings: readonly RuleFinding[];
  reasons: Record<string, string>;
  showMissing: boolean;
  onReason: (findingId: string, reason: string) => void;
}) {
  if (findings.length === 0) {
    return (
      <Alert variant="success" size="small" data-testid="check-clear">
        Ingen advarsler: ingen CAVE, interaksjoner, dobbel behandling eller regelbrudd funnet.
      </Alert>
    );
  }
  return (
    <VStack gap="space-12" data-testid="check-findings" aria-label="Advarsler" role="region">
      <Heading level="2" size="small">
        Advarsler ({findings.length})
      </Heading>
      {findings.map((finding) => (
        <Box
          key={finding.id}
          padding="space-12"
          borderRadius="8"
          borderWidth="1"
          borderColor={finding.severity === 'stopp' || finding.severity === 'hoy' ? 'danger' : 'warning'}
          data-testid="check-finding"
          data-finding-id={finding.id}
        >
          <VStack gap="space-8">
            <HStack gap="space-8" align="center">
              <Tag size="small" variant={SEVERITY_VARIANT[finding.severity]}>
                {SEVERITY_LABELS[finding.severity]}
              </Tag>
              <Tag size="small" variant="neutral">
                {FINDING_KIND_LABELS[finding.kind]}
              </Tag>
              {isNotAssessed(finding) && (
                <Tag size="small" variant="warning" data-testid="not-assessed">
                  Ikke vurdert
                </Tag>
              )}
            </HStack>
            <BodyShort size="small">{finding.message}</BodyShort>
            {isOverridable(finding) ? (
              <TextField
                id={reasonFieldId(finding)}
                size="small"
                label={`Begrunnelse for å overstyre (${FINDING_KIND_LABELS[finding.kind].toLowerCase()})`}
                value={reasons[finding.id] ?? ''}
                error={showMissing && !hasReason(reasons, finding) ? 'Skriv en begrunnelse' : undefined}
                onChange={(event) => onReason(finding.id, event.target.value)}
              />
            ) : (
              <BodyShort size="small" weight="semibold">
                Kan ikke overstyres: resepten må endres.
              </BodyShort>
            )}
          </VStack>
        </Box>
      ))}
    </VStack>
  );
}
