import { describe, expect, it } from 'vitest';
import { signMsgHead } from '../../electron/integrations/messages/xmldsig.signer';
import { createTestCertificate } from '../messages/test-certificate';
import { useTestRf, TEST_TODAY } from './rf-harness';
import { OTHER_DOCTOR, m1, m95 } from './rf-messages';

const start = useTestRf();

// RF checks validity against its own clock, which these tests set to TEST_TODAY.
const VALIDITY = { validFrom: new Date('2026-01-01T00:00:00Z'), validTo: new Date('2027-01-01T00:00:00Z') };
const PRESCRIBER_KEY = createTestCertificate({ hprNummer: '565501872', ...VALIDITY });

describe('the simulated reseptformidler: the prescriber’s signature', () => {
  it('accepts an M1 signed with the prescriber’s certificate', async () => {
    const t = await start({ requireSignature: true });
    const message = m1({ today: TEST_TODAY });
    await t.client.post(signMsgHead(message.xml, PRESCRIBER_KEY));
    expect((await t.appRecFor(message.msgId)).status.code).toBe('1');
  });

  it('rejects an M1 changed after it was signed (S01)', async () => {
    const t = await start();
    const message = m1({ today: TEST_TODAY });
    await t.client.post(signMsgHead(message.xml, PRESCRIBER_KEY).replace('Mot smerter', 'Mot hodepine'));
    expect((await t.appRecFor(message.msgId)).errors[0]).toMatchObject({
      code: 'S01',
      displayName: 'Feil på signatur',
      originalText: 'Signaturen stemmer ikke med innholdet.',
    });
    expect(await t.client.prescriptions()).toEqual([]);
  });

  it('rejects an M1 signed by someone other than its prescriber (S99)', async () => {
    const t = await start();
    const message = m1({ today: TEST_TODAY, sender: OTHER_DOCTOR });
    await t.client.post(signMsgHead(message.xml, PRESCRIBER_KEY));
    expect((await t.appRecFor(message.msgId)).errors[0]).toMatchObject({
      code: 'S99',
      originalText: 'Meldingen er signert av HPR-nummer 565501872, men rekvirenten er HPR-nummer 565502113.',
    });
  });

  it('rejects a certificate without an HPR-nummer, and one that has expired (S02)', async () => {
    const t = await start();
    const anonymous = m1({ today: TEST_TODAY });
    await t.client.post(signMsgHead(anonymous.xml, createTestCertificate(VALIDITY)));
    expect((await t.appRecFor(anonymous.msgId)).errors[0]).toMatchObject({
      code: 'S02',
      originalText: 'Sertifikatet i signaturen har ikke HPR-nummer.',
    });
    const expiredKey = createTestCertificate({
      hprNummer: '565501872',
      validFrom: new Date('2024-01-01T00:00:00Z'),
      validTo: new Date('2025-01-01T00:00:00Z'),
    });
    const expired = m1({ today: TEST_TODAY });
    await t.client.post(signMsgHead(expired.xml, expiredKey));
    expect((await t.appRecFor(expired.msgId)).errors[0]).toMatchObject({ code: 'S02' });
  });

  it('accepts unsigned messages until signatures are required, then rejects an unsigned M1 but not an M9.5', async () => {
    const lenient = await start();
    const unsigned = m1({ today: TEST_TODAY });
    await lenient.client.post(unsigned.xml);
    expect((await lenient.appRecFor(unsigned.msgId)).status.code).toBe('1');

    const strict = await start({ requireSignature: true });
    const again = m1({ today: TEST_TODAY });
    await strict.client.post(again.xml);
    expect((await strict.appRecFor(again.msgId)).errors[0]).toMatchObject({
      code: 'S01',
      originalText: 'Meldingen er ikke signert med rekvirentens personlige sertifikat.',
    });
    const list = m95({});
    await strict.client.post(list.xml);
    expect((await strict.appRecFor(list.msgId)).status.code).toBe('1');
  });
});
