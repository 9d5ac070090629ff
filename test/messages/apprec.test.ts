import { beforeAll, describe, expect, it } from 'vitest';
import { appRecPartiesFor, buildAppRec } from '../../electron/integrations/messages/apprec.builder';
import { parseAppRec } from '../../electron/integrations/messages/apprec.parser';
import type { AppRecInput } from '../../electron/integrations/messages/apprec.types';
import { buildM1Message } from '../../electron/integrations/messages/m1.builder';
import { MessageFormatError, MessageInputError } from '../../electron/integrations/messages/message-errors';
import { parseMsgHead } from '../../electron/integrations/messages/msghead.parser';
import { createMessageValidator, type MessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { HVIT, fixture, m1Input } from './message-samples';

let validator: MessageValidator;

beforeAll(async () => {
  validator = await createMessageValidator();
});

const M1_ID = '0195a1b2-0000-7000-8000-0000000000f1';
const original = parseMsgHead(buildM1Message(m1Input(M1_ID, HVIT)));

function answer(status: AppRecInput['status'], errors?: AppRecInput['errors']): AppRecInput {
  return {
    id: '0195a1b2-0000-7000-8000-0000000000f2',
    genDate: '2026-03-02T09:15:01Z',
    ...appRecPartiesFor(original),
    status,
    ...(errors ? { errors } : {}),
    originalMessage: { type: 'ERM1', issueDate: original.genDate, msgId: original.msgId },
    software: { name: 'Allmenn RF-simulator', version: '0.1.0' },
  };
}

describe('AppRec v1.1 builder', () => {
  it('builds an OK receipt that validates and reads back', () => {
    const xml = buildAppRec(answer('1'));
    expect(validator.validate(xml)).toEqual({ valid: true });
    const parsed = parseAppRec(xml);
    expect(parsed).toMatchObject({
      version: '1.1',
      status: { code: '1', displayName: 'OK' },
      errors: [],
      originalMessage: { type: { code: 'ERM1', displayName: 'Resept' }, issueDate: original.genDate, msgId: M1_ID },
    });
    expect(parsed.sender).toEqual(answer('1').sender);
    expect(parsed.receiver).toEqual(answer('1').receiver);
  });

  it('answers the original sender, with the prescriber as HCPerson (HIS 80415 §3.5)', () => {
    expect(appRecPartiesFor(original)).toEqual({
      sender: {
        role: 'PRIM',
        institution: {
          name: 'Reseptformidleren',
          id: '80624',
          idType: 'HER',
          additionalIds: [{ id: '915933149', type: 'ENH' }],
        },
      },
      receiver: {
        role: 'AVS',
        institution: {
          name: 'Fjordheim legesenter',
          id: '8142519',
          idType: 'HER',
          additionalIds: [{ id: '987654325', type: 'ENH' }],
          person: { name: 'Kari Øvre Aasen', id: '565501872', idType: 'HPR' },
        },
      },
    });
  });

  it('builds an avvist receipt with 8221 errors, filling in their text', () => {
    const xml = buildAppRec(
      answer('2', [{ code: 'E31' }, { code: 'T02', originalText: "line 3: Element 'm1:Utloper' ..." }]),
    );
    expect(validator.validate(xml)).toEqual({ valid: true });
    expect(parseAppRec(xml).errors).toEqual([
      { code: 'E31', system: '2.16.578.1.12.4.1.1.8221', displayName: 'Pasientens fødselsnummer er feil' },
      {
        code: 'T02',
        system: '2.16.578.1.12.4.1.1.8221',
        displayName: 'XML validerer ikke',
        originalText: "line 3: Element 'm1:Utloper' ...",
      },
    ]);
  });

  it('refuses an avvist receipt without a reason, and an OK receipt with one', () => {
    expect(() => buildAppRec(answer('2'))).toThrow(MessageInputError);
    expect(() => buildAppRec(answer('1', [{ code: 'X99' }]))).toThrow(MessageInputError);
  });
});

describe('AppRec parser', () => {
  it('reads a v1.1 rejection', () => {
    expect(parseAppRec(fixture('apprec-1.1-avvist.xml'))).toMatchObject({
      version: '1.1',
      id: '8d018d60-336b-11de-8bd7-0002a5d5c51b',
      status: { code: '2', displayName: 'Avvist' },
      errors: [{ code: 'E21', system: '2.16.578.1.12.4.1.1.8221', displayName: 'Mottaker finnes ikke' }],
      sender: { role: 'COP', institution: { name: 'Kattskinnet legesenter', id: '56704', idType: 'HER' } },
      originalMessage: { type: { code: 'EPIKRISE' }, msgId: 'e0e21a90-5ec8-11e1-b86c-0800200c9a66' },
    });
  });

  it('reads a v1.1 OK', () => {
    expect(parseAppRec(fixture('apprec-1.1-ok.xml'))).toMatchObject({
      version: '1.1',
      status: { code: '1' },
      errors: [],
    });
  });

  it('reads a v1.0 receipt with errors in parts of the message', () => {
    const parsed = parseAppRec(fixture('apprec-1.0-feil-i-delmelding.xml'));
    expect(parsed.version).toBe('1.0');
    expect(parsed.status.code).toBe('3');
    expect(parsed.errors.map((e) => e.code)).toEqual(['07', '16']);
    expect(parsed.receiver.institution.person).toEqual({ name: 'Rita Lin', id: '9144900', idType: 'HPR' });
  });

  it('refuses a document that is not an AppRec', () => {
    expect(() => parseAppRec(fixture('m52-kvittering.xml'))).toThrow(MessageFormatError);
    expect(() => parseAppRec('<AppRec')).toThrow(/Not well-formed XML/);
  });
});
