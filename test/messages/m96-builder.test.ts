import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildM1Message } from '../../electron/integrations/messages/m1.builder';
import { buildM96Message } from '../../electron/integrations/messages/m96.builder';
import type { PrescriptionListInput } from '../../electron/integrations/messages/m96.types';
import { parseM96Message } from '../../electron/integrations/messages/m96.parser';
import { MessageInputError } from '../../electron/integrations/messages/message-errors';
import { createMessageValidator, type MessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { BLA, CLINIC, HVIT, PATIENT_FNR, RESEPTFORMIDLEREN, m1Input } from './message-samples';

let validator: MessageValidator;

beforeAll(async () => {
  validator = await createMessageValidator();
});

const HVIT_ID = '0195a1b2-0000-7000-8000-0000000000f1';
const BLA_ID = '0195a1b2-0000-7000-8000-0000000000f2';
const M1S = [buildM1Message(m1Input(HVIT_ID, HVIT)), buildM1Message(m1Input(BLA_ID, BLA))];

const ENVELOPE = {
  msgId: '0195a1b2-0000-7000-8000-0000000000f9',
  genDate: '2026-03-03T10:00:00Z',
  sender: RESEPTFORMIDLEREN,
  receiver: CLINIC,
  conversationRef: { refToParent: 'request-id', refToConversation: 'request-id' },
};

const LIST: PrescriptionListInput = {
  patient: { fnr: PATIENT_FNR },
  lockedPrescriptionsExist: true,
  patientReservation: false,
  items: [
    { reseptId: HVIT_ID, status: 'E', dispensings: [] },
    {
      reseptId: BLA_ID,
      status: 'T',
      pharmacyName: 'Fjordheim apotek',
      revocationReason: '2',
      dispensings: [
        {
          varenr: '012345',
          navnFormStyrke: 'Lipitor Tab 20 mg',
          packageSize: { value: 30, unit: 'stk' },
          packagesTotal: 2,
          packagesLast: 1,
          lastDispensedAt: '2026-03-03T09:00:00.000Z',
        },
      ],
    },
  ],
};

describe('M9.6 reseptliste builder (2018-07-01, the simulator writes it)', () => {
  it('builds a list with the M1s attached that validates and reads back, attachments intact', () => {
    const xml = buildM96Message({ envelope: ENVELOPE, list: LIST, attachments: M1S, compress: false });
    expect(validator.validate(xml)).toEqual({ valid: true });
    const parsed = parseM96Message(xml);
    expect(parsed.patient).toEqual({ fnr: PATIENT_FNR, otherFnr: [] });
    expect(parsed.lockedPrescriptionsExist).toBe(true);
    expect(parsed.patientReservation).toBe(false);
    expect(parsed.items[1]).toMatchObject({
      reseptId: BLA_ID,
      status: { code: 'T', displayName: 'Tilbakekalt' },
      revocationReason: { code: '2', system: '2.16.578.1.12.4.1.1.7500', displayName: 'Seponering' },
      pharmacyName: 'Fjordheim apotek',
    });
    expect(parsed.items[1]?.dispensings).toEqual(LIST.items[1]?.dispensings);
    expect(parsed.attachments.map((a) => a.xml)).toEqual(M1S);
    expect(parsed.attachments[0]?.prescription?.prescription).toEqual(HVIT);
  });

  it('compresses each attachment with gzip when asked, and the reader inflates it', () => {
    const xml = buildM96Message({ envelope: ENVELOPE, list: LIST, attachments: M1S, compress: true });
    expect(validator.validate(xml)).toEqual({ valid: true });
    const base64 = /<Base64Container[^>]*>([^<]+)</.exec(xml)?.[1] ?? '';
    expect(gunzipSync(Buffer.from(base64, 'base64')).toString('utf8')).toBe(M1S[0]);
    expect(parseM96Message(xml).attachments.map((a) => a.xml)).toEqual(M1S);
  });

  it('says why a search found nothing with StatusSok, and refuses StatusSok beside a list', () => {
    const xml = buildM96Message({
      envelope: ENVELOPE,
      list: { searchStatus: '4', items: [] },
      attachments: [],
      compress: false,
    });
    expect(validator.validate(xml)).toEqual({ valid: true });
    expect(parseM96Message(xml).searchStatus).toEqual({ code: '4', displayName: 'Ingen resept på dette søk' });
    expect(() =>
      buildM96Message({ envelope: ENVELOPE, list: { ...LIST, searchStatus: '4' }, attachments: M1S, compress: false }),
    ).toThrow(MessageInputError);
  });

  it('refuses a list whose attachments do not match its items, and an Arsak on a prescription not revoked', () => {
    expect(() =>
      buildM96Message({ envelope: ENVELOPE, list: LIST, attachments: M1S.slice(0, 1), compress: false }),
    ).toThrow(/one M1 per listed prescription/);
    const wrong: PrescriptionListInput = {
      items: [{ reseptId: HVIT_ID, status: 'E', revocationReason: '2', dispensings: [] }],
    };
    expect(() =>
      buildM96Message({ envelope: ENVELOPE, list: wrong, attachments: M1S.slice(0, 1), compress: false }),
    ).toThrow(/status T/);
  });
});
