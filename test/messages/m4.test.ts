import { beforeAll, describe, expect, it } from 'vitest';
import { buildM41Message } from '../../electron/integrations/messages/m41.builder';
import { parseM41Message } from '../../electron/integrations/messages/m41.parser';
import { buildM42Message } from '../../electron/integrations/messages/m42.builder';
import { parseM42Message } from '../../electron/integrations/messages/m42.parser';
import { MessageInputError } from '../../electron/integrations/messages/message-errors';
import { createMessageValidator, type MessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { CLINIC, RESEPTFORMIDLEREN, fixture } from './message-samples';

let validator: MessageValidator;

beforeAll(async () => {
  validator = await createMessageValidator();
});

const ENVELOPE = {
  msgId: '0195a1b2-0000-7000-8000-0000000000c1',
  genDate: '2026-03-02T08:00:00Z',
  sender: CLINIC,
  receiver: RESEPTFORMIDLEREN,
};

describe('M4.1 forespørsel om referansenummer', () => {
  it('builds an M4.1 that validates and reads back', () => {
    const xml = buildM41Message({ envelope: ENVELOPE, count: 10 });
    expect(validator.validate(xml)).toEqual({ valid: true });
    const parsed = parseM41Message(xml);
    expect(parsed.count).toBe(10);
    expect(parsed.head.type).toEqual({ code: 'ERM41', displayName: 'Forespørsel om referansenummere' });
    expect(parsed.head.sender.professional?.hprNummer).toBe(CLINIC.professional?.hprNummer);
    expect(parsed.head.patient).toBeUndefined();
  });

  it('refuses to ask for no numbers', () => {
    expect(() => buildM41Message({ envelope: ENVELOPE, count: 0 })).toThrow(MessageInputError);
  });

  it('reads the official example, whose ERM041 type is the code list ERM41', () => {
    const parsed = parseM41Message(fixture('m41-msghead.xml'));
    expect(parsed.count).toBe(100);
    expect(parsed.head.type.code).toBe('ERM41');
  });
});

describe('M4.2 referansenummer', () => {
  it('reads the official example', () => {
    expect(parseM42Message(fixture('m42-msghead.xml')).referansenumre).toEqual([
      '1234567890ABCD',
      '1234567890ABCE',
      '1234567890ABCF',
      '1234567890ABCG',
      '1234567890ABCH',
    ]);
  });

  it('builds the simulator answer, which validates and reads back', () => {
    const xml = buildM42Message({
      envelope: { ...ENVELOPE, sender: RESEPTFORMIDLEREN, receiver: CLINIC },
      referansenumre: ['20260302ABCD', '20260302ABCE'],
    });
    expect(validator.validate(xml)).toEqual({ valid: true });
    expect(parseM42Message(xml).referansenumre).toEqual(['20260302ABCD', '20260302ABCE']);
  });
});
