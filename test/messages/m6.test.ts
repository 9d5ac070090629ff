import { beforeAll, describe, expect, it } from 'vitest';
import { parseM6Message } from '../../electron/integrations/messages/m6.parser';
import { MessageFormatError } from '../../electron/integrations/messages/message-errors';
import { createMessageValidator, type MessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { fixture } from './message-samples';

let validator: MessageValidator;

beforeAll(async () => {
  validator = await createMessageValidator();
});

describe('M6 utleveringsrapport til rekvirent', () => {
  it('reads the official example: which prescription, when, where and what was dispensed', () => {
    const parsed = parseM6Message(fixture('m6-utleveringsrapport.xml'));
    expect(parsed).toMatchObject({
      reseptId: '717c1879-9271-4828-9c59-1681392408b9',
      dispensedOn: '2019-07-17',
      annulment: false,
      completed: false,
      patientRefusedSubstitution: false,
      pharmacy: { herId: '8090688', name: 'Apotek 1 Ski Storsenter' },
      referanseM10: 'eb0697a5-7657-4895-b958-e284aaa1c831',
      dispensed: { numberOfPackages: 1, drug: { kind: 'package', varenr: '343544', reseptgruppe: 'C' } },
      head: { type: { code: 'ERM6' } },
    });
  });

  it('refuses a message that is not an M6', () => {
    expect(() => parseM6Message(fixture('m52-kvittering.xml'))).toThrow(MessageFormatError);
    expect(() => parseM6Message(fixture('m52-kvittering.xml'))).toThrow(/UtleveringsrapportRekvirent payload in ERM52/);
  });
});

describe('M10 utleveringsrapport (the simulated pharmacy side)', () => {
  it('validates the official example against the shipped schemas', () => {
    expect(validator.validate(fixture('m10-utleveringsrapport.xml'))).toEqual({ valid: true });
  });
});
