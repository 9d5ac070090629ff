import { beforeAll, describe, expect, it } from 'vitest';
import { buildM1Message } from '../../electron/integrations/messages/m1.builder';
import { hprNummerOfCertificate } from '../../electron/integrations/messages/prescriber-certificate';
import { signMsgHead } from '../../electron/integrations/messages/xmldsig.signer';
import { verifyMsgHeadSignature } from '../../electron/integrations/messages/xmldsig.verifier';
import { createMessageValidator, type MessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { HVIT, fixture, m1Input } from './message-samples';
import { createTestCertificate } from './test-certificate';

let validator: MessageValidator;

beforeAll(async () => {
  validator = await createMessageValidator();
});

const KEY = createTestCertificate({ hprNummer: '565501872' });
const NOW = new Date();

function signedM1(): string {
  return signMsgHead(buildM1Message(m1Input('0195a1b2-0000-7000-8000-000000000c01', HVIT)), KEY);
}

describe('xmldsig on MsgHead', () => {
  it('signs an M1 so that it still validates, the signature goes last and verifies', () => {
    const xml = signedM1();
    expect(validator.validate(xml)).toEqual({ valid: true });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toMatch(/<\/Signature><\/MsgHead>$/);
    const check = verifyMsgHeadSignature(xml, NOW);
    expect(check.status).toBe('valid');
    if (check.status === 'valid') expect(hprNummerOfCertificate(check.certificate)).toBe('565501872');
  });

  it('reports an unsigned message as unsigned', () => {
    expect(verifyMsgHeadSignature(buildM1Message(m1Input('0195a1b2-0000-7000-8000-000000000c02', HVIT)), NOW)).toEqual({
      status: 'unsigned',
    });
  });

  it('catches any change after signing', () => {
    const tampered = signedM1().replace('Mot smerter', 'Mot hodepine');
    expect(verifyMsgHeadSignature(tampered, NOW)).toMatchObject({ status: 'invalid', problem: 'signature' });
  });

  it('refuses a signature that is not the last element of MsgHead', () => {
    const xml = signedM1();
    const signature = /<Signature[\s\S]*<\/Signature>/.exec(xml)?.[0] ?? '';
    const moved = xml.replace(signature, '').replace('<MsgInfo>', `${signature}<MsgInfo>`);
    expect(verifyMsgHeadSignature(moved, NOW)).toMatchObject({ status: 'invalid', problem: 'signature' });
  });

  it('refuses a certificate outside its validity period', () => {
    const expired = createTestCertificate({
      hprNummer: '565501872',
      validFrom: new Date('2020-01-01'),
      validTo: new Date('2021-01-01'),
    });
    const xml = signMsgHead(buildM1Message(m1Input('0195a1b2-0000-7000-8000-000000000c03', HVIT)), expired);
    expect(verifyMsgHeadSignature(xml, NOW)).toMatchObject({ status: 'invalid', problem: 'certificate' });
  });

  it('finds no HPR-nummer in a certificate without one', () => {
    const plain = createTestCertificate();
    const xml = signMsgHead(buildM1Message(m1Input('0195a1b2-0000-7000-8000-000000000c04', HVIT)), plain);
    const check = verifyMsgHeadSignature(xml, NOW);
    expect(check.status).toBe('valid');
    if (check.status === 'valid') expect(hprNummerOfCertificate(check.certificate)).toBeUndefined();
  });

  it('finds that the official example M1 no longer matches its digest (the published text was edited)', () => {
    const check = verifyMsgHeadSignature(fixture('m1-resept.xml'), new Date('2019-07-16T12:00:00Z'));
    expect(check).toMatchObject({ status: 'invalid', problem: 'signature' });
  });
});
