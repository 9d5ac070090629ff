import { beforeAll, describe, expect, it } from 'vitest';
import { buildM5Message } from '../../electron/integrations/messages/m5.builder';
import { parseM5Message } from '../../electron/integrations/messages/m5.parser';
import { buildM52Message } from '../../electron/integrations/messages/m52.builder';
import { parseM52Message } from '../../electron/integrations/messages/m52.parser';
import { MessageInputError } from '../../electron/integrations/messages/message-errors';
import type { Revocation } from '../../electron/integrations/messages/tilbakekalling.types';
import { createMessageValidator, type MessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { CLINIC, RESEPTFORMIDLEREN, envelope, fixture } from './message-samples';

let validator: MessageValidator;

beforeAll(async () => {
  validator = await createMessageValidator();
});

const RENEWAL: Revocation = {
  reseptId: '0195a1b2-0000-7000-8000-000000000001',
  reason: '3',
  note: 'Ny dose',
  newReseptId: '0195a1b2-0000-7000-8000-000000000009',
};

describe('M5 tilbakekalling', () => {
  it('builds an M5 that validates and reads back as the same revocation', () => {
    const xml = buildM5Message({ envelope: envelope('0195a1b2-0000-7000-8000-0000000000a1'), revocation: RENEWAL });
    expect(validator.validate(xml)).toEqual({ valid: true });
    const parsed = parseM5Message(xml);
    expect(parsed.revocation).toEqual(RENEWAL);
    expect(parsed.head.type.code).toBe('ERM5');
    expect(xml).toContain('<Arsak V="3" S="2.16.578.1.12.4.1.1.7500" DN="Fornying med endring"/>');
  });

  it('builds a plain seponering without NyReseptId', () => {
    const revocation: Revocation = { reseptId: RENEWAL.reseptId, reason: '2' };
    const xml = buildM5Message({ envelope: envelope('0195a1b2-0000-7000-8000-0000000000a2'), revocation });
    expect(validator.validate(xml)).toEqual({ valid: true });
    expect(parseM5Message(xml).revocation).toEqual(revocation);
  });

  it('refuses a NyReseptId unless the reason is a renewal (R1208 §4.2.1)', () => {
    const revocation: Revocation = { ...RENEWAL, reason: '2' };
    expect(() => buildM5Message({ envelope: envelope('x'), revocation })).toThrow(MessageInputError);
  });

  it('reads the official M5 example', () => {
    expect(parseM5Message(fixture('m5-tilbakekalling.xml')).revocation).toEqual({
      reseptId: 'c2883dc2-8eef-4b8e-a80f-167f858425f7',
      reason: '4',
      note: 'Trenger ikke resten',
    });
  });
});

describe('M5.2 kvittering på tilbakekalling', () => {
  it('reads the official M5.2 example', () => {
    const parsed = parseM52Message(fixture('m52-kvittering.xml'));
    expect(parsed.reseptId).toBe('c2883dc2-8eef-4b8e-a80f-167f858425f7');
    expect(parsed.status).toEqual({ code: '1', system: '2.16.578.1.12.4.1.1.7503', displayName: 'Resept tilbakekalt' });
  });

  it('builds the simulator answer, which validates and reads back', () => {
    const xml = buildM52Message({
      envelope: {
        msgId: '0195a1b2-0000-7000-8000-0000000000b1',
        genDate: '2026-03-02T09:16:00Z',
        sender: RESEPTFORMIDLEREN,
        receiver: CLINIC,
      },
      receipt: { reseptId: RENEWAL.reseptId, status: '2' },
    });
    expect(validator.validate(xml)).toEqual({ valid: true });
    expect(parseM52Message(xml)).toMatchObject({
      reseptId: RENEWAL.reseptId,
      status: { code: '2' },
      head: { type: { code: 'ERM52' } },
    });
  });
});
