import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildM1Message } from '../../electron/integrations/messages/m1.builder';
import { buildM95Message } from '../../electron/integrations/messages/m95.builder';
import { parseM95Message } from '../../electron/integrations/messages/m95.parser';
import { parseM96Message } from '../../electron/integrations/messages/m96.parser';
import { MessageInputError } from '../../electron/integrations/messages/message-errors';
import type { PrescriptionListRequest } from '../../electron/integrations/messages/reseptliste.types';
import { createMessageValidator, type MessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { HVIT, PATIENT_FNR, envelope, fixture, m1Input } from './message-samples';

let validator: MessageValidator;

beforeAll(async () => {
  validator = await createMessageValidator();
});

describe('M9.5 forespørsel om resepter (2018-07-01)', () => {
  const request: PrescriptionListRequest = {
    fnr: PATIENT_FNR,
    allPrescriptions: true,
    referansenumre: ['20260302ABCD'],
    compressionThreshold: 0,
  };

  it('builds an M9.5 in the www.ehelse.no namespace that validates and reads back', () => {
    const xml = buildM95Message({ envelope: envelope('0195a1b2-0000-7000-8000-0000000000d1'), request });
    expect(validator.validate(xml)).toEqual({ valid: true });
    expect(xml).toContain('xmlns="http://www.ehelse.no/xmlstds/eresept/m95/2018-07-01"');
    const parsed = parseM95Message(xml);
    expect(parsed.request).toEqual(request);
    expect(parsed.head.type.code).toBe('ERM95');
  });

  it('asks only for ekspederbare resepter when not all are wanted', () => {
    const xml = buildM95Message({
      envelope: envelope('0195a1b2-0000-7000-8000-0000000000d2'),
      request: { fnr: PATIENT_FNR, allPrescriptions: false, referansenumre: [], compressionThreshold: 50 },
    });
    expect(validator.validate(xml)).toEqual({ valid: true });
    expect(xml).toContain('<AlleResepter V="2" DN="Nei"/>');
  });

  it('refuses a search with neither fødselsnummer nor referansenummer', () => {
    expect(() =>
      buildM95Message({ envelope: envelope('x'), request: { ...request, fnr: undefined, referansenumre: [] } }),
    ).toThrow(MessageInputError);
  });
});

describe('M9.6 reseptliste (2018-07-01)', () => {
  it('reads the list and the attached M1s (the official 2015 example moved to the 2018 namespace)', () => {
    const parsed = parseM96Message(fixture('m96-2018-derived.xml'));
    expect(parsed.items).toHaveLength(5);
    expect(parsed.items[3]).toEqual({
      reseptId: 'c2883dc2-8eef-4b8e-a80f-167f858425f7',
      pharmacyName: 'Apotek 1 Ski Storsenter',
      status: { code: 'T', displayName: 'Tilbakekalt' },
      revocationReason: { code: '4', system: '2.16.578.1.12.4.1.1.7500', displayName: 'Annen' },
      dispensings: [
        {
          varenr: '541409',
          navnFormStyrke: 'Cosylan Mikst 1,7 mg/ml',
          packageSize: { value: 125, unit: 'ML' },
          packagesTotal: 1,
          packagesLast: 1,
          lastDispensedAt: '2019-07-16T00:00:00.000+02:00',
        },
      ],
    });
    expect(parsed.attachments).toHaveLength(5);
    const ids = parsed.attachments.map((a) => a.prescription?.reseptId);
    expect(ids).toEqual(expect.arrayContaining(parsed.items.map((item) => item.reseptId)));
    expect(parsed.attachments.every((a) => a.error === undefined && a.prescription?.head.signed)).toBe(true);
  });

  it('reads the 2018 additions and compressed attachments', () => {
    const m1 = buildM1Message(m1Input('0195a1b2-0000-7000-8000-0000000000e1', HVIT));
    const xml = fixture('m96-2018-derived.xml')
      .replace(
        '<M96 xmlns="http://www.ehelse.no/xmlstds/eresept/m96/2018-07-01">',
        `$&<PasientInfo><Fnr>${PATIENT_FNR}</Fnr><AndreFnr>54838912357</AndreFnr></PasientInfo><LastResept>true</LastResept><Pasientreservasjon>false</Pasientreservasjon>`,
      )
      .replace(/(<bas:Base64Container[^>]*>)[^<]*/, `$1${gzipSync(Buffer.from(m1)).toString('base64')}`);
    expect(validator.validate(xml)).toEqual({ valid: true });
    const parsed = parseM96Message(xml);
    expect(parsed.patient).toEqual({ fnr: PATIENT_FNR, otherFnr: ['54838912357'] });
    expect(parsed.lockedPrescriptionsExist).toBe(true);
    expect(parsed.patientReservation).toBe(false);
    expect(parsed.attachments[0]?.prescription?.prescription).toEqual(HVIT);
  });

  it('reads a search that found nothing', () => {
    const xml = fixture('m96-2018-derived.xml').replace(
      /<M96 xmlns="([^"]+)">[\s\S]*<\/M96>/,
      '<M96 xmlns="$1"><StatusSok V="4" DN="Ingen resept på dette søk"/></M96>',
    );
    expect(validator.validate(xml)).toEqual({ valid: true });
    const parsed = parseM96Message(xml);
    expect(parsed.searchStatus).toEqual({ code: '4', displayName: 'Ingen resept på dette søk' });
    expect(parsed.items).toEqual([]);
  });

  it('keeps an unreadable attachment with the reason instead of failing the whole list', () => {
    const xml = fixture('m96-2018-derived.xml').replace(
      /(<bas:Base64Container[^>]*>)[^<]*/,
      `$1${Buffer.from('<not-an-m1/>').toString('base64')}`,
    );
    expect(parseM96Message(xml).attachments[0]).toMatchObject({
      xml: '<not-an-m1/>',
      error: expect.stringContaining('MsgHead'),
    });
  });
});
