/**
 * What the specialist simulator sends (built with the same builders it uses) is read by Innboks: the Status på
 * henvisning's assessment becomes the referral's facts, and an Epikrise v1.2 reads with its sections, diagnoses and
 * medicines. Both validate, so neither lands as ugyldig.
 */
import { describe, expect, it } from 'vitest';
import { buildStatusPaHenvisningMessage } from '../../electron/integrations/messages/dialogmelding.builder';
import { buildEpikriseMessage } from '../../electron/integrations/messages/epikrise.builder';
import { createMessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { readIncomingMessage } from '../../electron/services/inbox/message-reader';

const PATIENT = { familyName: 'Nordmann', givenName: 'Kari', ident: { id: '03856200100', type: 'FNR' as const } };
const HOSPITAL = {
  name: 'Sykehuset Fjordbyen HF',
  herId: '90001',
  department: { name: 'Ortopedisk poliklinikk', herId: '90998' },
};
const CLINIC = { name: 'Fjordbyen legesenter', herId: '81234' };

describe('messages from the specialist simulator', () => {
  it('reads a Status på henvisning with right to care, frist and appointment', async () => {
    const xml = buildStatusPaHenvisningMessage({
      msgId: 'status-1',
      genDate: '2026-11-20T10:00:00',
      conversationRef: { refToConversation: 'henv-1', refToParent: 'henv-1' },
      sender: HOSPITAL,
      receiver: CLINIC,
      patient: PATIENT,
      assessment: {
        status: '1',
        rightToNecessaryCare: true,
        receivedOn: '2026-11-18',
        assessedOn: '2026-11-19',
        deadline: '2026-12-18',
        appointment: { start: '2026-12-03T09:15', place: 'Poliklinikken, 2. etasje' },
      },
      assessor: { familyName: 'Lin', givenName: 'Rita', phone: '12345678' },
    });
    expect((await createMessageValidator()).validate(xml)).toEqual({ valid: true });
    const m = readIncomingMessage(xml);
    expect(m).toMatchObject({ kind: 'dialogmelding', msgType: 'DIALOG_STATUS_HENVISNING', refToParent: 'henv-1' });
    expect(m.patient).toMatchObject({ ident: '03856200100', identType: 'FNR' });
    expect(m.facts).toEqual({
      assessedAt: '2026-11-19',
      frist: '2026-12-18',
      appointmentAt: '2026-12-03T09:15',
      rightToCare: true,
    });
    expect(m.content.sections[0]!.text).toMatch(/Frist for nødvendig helsehjelp: 18.12.2026/);
  });

  it('reads an Epikrise v1.2 with its sections, diagnoses, medicines and the henvisning it answers', async () => {
    const xml = buildEpikriseMessage({
      msgId: 'epi-1',
      genDate: '2026-12-10T12:00:00',
      epikriseId: 'epi-doc-1',
      issueDate: '2026-12-10T11:00:00',
      serviceProvider: { ...HOSPITAL, person: { name: 'Rita Lin', id: '9144900', idType: 'HPR' } },
      requester: { name: CLINIC.name, herId: CLINIC.herId },
      patient: PATIENT,
      referral: {
        referralId: 'henv-1',
        issueDate: '2026-11-18T08:00:00',
        diagnoses: [{ system: 'ICPC-2', code: 'L15', text: 'Knesymptomer/plager' }],
      },
      event: { start: '2026-12-03T09:15:00', contactType: '2' },
      diagnoses: [{ system: 'ICD-10', code: 'M17.1', text: 'Primær kneleddsartrose' }],
      sections: [
        { heading: 'VU', text: 'Moderat artrose. Ikke indikasjon for operasjon nå.' },
        { heading: 'OP', text: 'Fysioterapi. Ny vurdering ved forverring.' },
      ],
      medicines: [{ name: 'Paracet 500 mg', dosageText: '1-2 tabletter ved behov' }],
      cave: 'Ingen kjente',
    });
    expect((await createMessageValidator()).validate(xml)).toEqual({ valid: true });
    const m = readIncomingMessage(xml);
    expect(m).toMatchObject({ kind: 'epikrise', msgId: 'epi-1', standardVersion: 'Epikrise v1.2' });
    expect(m.otherRefs).toContain('henv-1');
    expect(m.patient).toMatchObject({ ident: '03856200100' });
    expect(m.content.diagnoses.map((d) => d.code)).toEqual(expect.arrayContaining(['L15', 'M17.1']));
    expect(m.content.medicines[0]).toMatchObject({ name: 'Paracet 500 mg', dosage: '1-2 tabletter ved behov' });
    expect(m.content.assessment).toBe('Moderat artrose. Ikke indikasjon for operasjon nå.');
  });
});
