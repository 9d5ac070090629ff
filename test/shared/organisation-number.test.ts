import { describe, expect, it } from 'vitest';
import { isValidOrganisationNumber } from '../../shared/rules/organisation-number';

describe('organisasjonsnummer mod-11', () => {
  it('accepts real organisation numbers', () => {
    // Brønnøysundregistrene and Helsedirektoratet, from Enhetsregisteret.
    expect(isValidOrganisationNumber('974760673')).toBe(true);
    expect(isValidOrganisationNumber('983544622')).toBe(true);
  });

  it('rejects a wrong control digit, wrong length and non-digits', () => {
    expect(isValidOrganisationNumber('974760674')).toBe(false);
    expect(isValidOrganisationNumber('97476067')).toBe(false);
    expect(isValidOrganisationNumber('97476067a')).toBe(false);
    expect(isValidOrganisationNumber('')).toBe(false);
  });
});
