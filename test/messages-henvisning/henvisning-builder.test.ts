import { beforeAll, describe, expect, it } from 'vitest';
import { buildHenvisningMessage } from '../../electron/integrations/messages/henvisning.builder';
import { parseHenvisning } from '../../electron/integrations/messages/henvisning.parser';
import { MessageInputError } from '../../electron/integrations/messages/message-errors';
import { verifyMsgHeadSignature } from '../../electron/integrations/messages/xmldsig.verifier';
import { createMessageValidator, type MessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { createTestCertificate } from '../messages/test-certificate';
import { sampleHenvisning } from './henvisning-samples';

let validator: MessageValidator;
beforeAll(async () => {
  validator = await createMessageValidator();
});

describe('buildHenvisningMessage', () => {
  it('builds a schema-valid Henvisning v2.0 ny tilstand', () => {
    const xml = buildHenvisningMessage(sampleHenvisning());
    expect(validator.validate(xml)).toEqual({ valid: true });
    expect(xml).toContain('<Type V="HENVISNING_NYTILSTAND" DN="Henvisning ny tilstand"/>');
    expect(xml).toContain('xmlns="http://ehelse.no/xmlstds/henvisning/2017-11-30"');
    expect(xml).toContain('<Priority V="N" DN="Elektiv/Ordinær (elektiv)"/>');
    // HIS 1207 §5.1: no copy receivers in the envelope.
    expect(xml).not.toContain('OtherReceiver');
  });

  it('builds a minimal one (no optional parts) that validates', () => {
    const minimal = sampleHenvisning({
      diagnoses: [],
      medicines: [],
      copyRecipients: [],
      attachments: [],
      criticalInfo: [],
      requestedText: undefined,
    });
    delete minimal.history;
    delete minimal.findings;
    delete minimal.cave;
    delete minimal.patient.interpreter;
    delete minimal.patient.nextOfKin;
    delete minimal.receiver.department;
    expect(validator.validate(buildHenvisningMessage(minimal))).toEqual({ valid: true });
  });

  it.each(['0', '3', 'N', 'PK'] as const)('writes hastegrad %s from code list 8306', (hastegrad) => {
    const xml = buildHenvisningMessage(sampleHenvisning({ hastegrad }));
    expect(validator.validate(xml)).toEqual({ valid: true });
    expect(parseHenvisning(xml).hastegrad?.code).toBe(hastegrad);
  });

  it('sends a change and a cancellation as ServType M and C with the same DocumentId', () => {
    const original = sampleHenvisning();
    const ref = { refToConversation: original.msgId, refToParent: original.msgId };
    for (const [kind, code] of [
      ['endring', 'M'],
      ['annullering', 'C'],
    ] as const) {
      const xml = buildHenvisningMessage(
        sampleHenvisning({
          kind,
          msgId: `${kind}-0001`,
          conversationRef: ref,
          reason: 'Pasienten ønsker et annet sykehus.',
        }),
      );
      expect(validator.validate(xml)).toEqual({ valid: true });
      const parsed = parseHenvisning(xml);
      expect(parsed).toMatchObject({ kind, serviceType: code, referralId: original.referralId, conversationRef: ref });
      expect(parsed.reason).toBe('Pasienten ønsker et annet sykehus.');
    }
  });

  it('refuses what the profile requires, in Norwegian', () => {
    const cases: Array<[string, Parameters<typeof sampleHenvisning>[0]]> = [
      ['problemstilling', { problemstilling: '  ' }],
      [
        'HPR-nummer',
        { sender: { ...sampleHenvisning().sender, doctor: { ...sampleHenvisning().sender.doctor, hprNummer: '' } } },
      ],
      ['begrunnelse', { kind: 'annullering', conversationRef: { refToConversation: 'a', refToParent: 'a' } }],
      ['ConversationRef', { kind: 'endring', reason: 'x' }],
      ['11 siffer', { patient: { ...sampleHenvisning().patient, ident: { id: '123', type: 'FNR' } } }],
    ];
    for (const [message, overrides] of cases) {
      expect(() => buildHenvisningMessage(sampleHenvisning(overrides))).toThrow(MessageInputError);
      expect(() => buildHenvisningMessage(sampleHenvisning(overrides))).toThrow(message);
    }
  });

  it("signs the whole MsgHead like M1 when given the doctor's key, and the result still validates", () => {
    const key = createTestCertificate({ hprNummer: '565501872' });
    const xml = buildHenvisningMessage(sampleHenvisning(), { signer: key });
    expect(validator.validate(xml)).toEqual({ valid: true });
    expect(parseHenvisning(xml).signed).toBe(true);
    expect(verifyMsgHeadSignature(xml, new Date()).status).toBe('valid');
  });
});
