import { describe, expect, it } from 'vitest';
import { readIncomingMessage, UnreadableMessageError } from '../../electron/services/inbox/message-reader';
import { example, officialExamples, statusMessage } from './inbox-fixtures';

describe('reading incoming clinical messages', () => {
  it.each(officialExamples())(
    'reads the official example $file as $kind, readable and with its patient',
    ({ file, kind }) => {
      const m = readIncomingMessage(example(file));
      expect(m.kind).toBe(kind);
      expect(m.msgId).toMatch(/^[0-9A-Fa-f-]{36}$/);
      expect(m.sender.name).not.toBe('');
      expect(m.patient.ident).toMatch(/^\d{11}$/);
      expect(m.content.sections.length + m.content.diagnoses.length + m.content.medicines.length).toBeGreaterThan(0);
      // Readable means text: no markup reaches the clinician.
      const shown = JSON.stringify(m.content);
      expect(shown).not.toMatch(/<\/?[A-Za-z][^>]*>/);
    },
  );

  it('names the standard and version of each kind', () => {
    expect(
      readIncomingMessage(example('Henvisning/Henvisning_v2-0/Henvisning_ny_tilstand_v2-0_Ny.xml')).standardVersion,
    ).toBe('Henvisning v2.0');
    expect(readIncomingMessage(example('Epikrise/Epikrise_v1-2/epikrise_v1.2_n.xml')).standardVersion).toBe(
      'Epikrise v1.2',
    );
    expect(
      readIncomingMessage(example('Dialogmelding/Dialogmelding-v1-1/Helsefaglig dialog.xml')).standardVersion,
    ).toBe('Dialogmelding v1.1');
  });

  it('reads an epikrise into sections, diagnoses with their code system, medicines and the assessment', () => {
    const m = readIncomingMessage(example('Epikrise/Epikrise_v1-2/epikrise_v1.2_n.xml'));
    expect(m.content.title).toBe('Sykehusepikrise');
    expect(m.content.diagnoses).toContainEqual({
      code: 'I330',
      system: 'ICD-10',
      text: 'Endokarditt',
      role: 'Hoveddiagnose',
    });
    expect(m.content.diagnoses).toContainEqual({
      code: 'T90',
      system: 'ICPC-2',
      text: 'Sukkersyke',
      role: 'Henvisningsdiagnose',
    });
    expect(m.content.medicines[0]).toMatchObject({ name: 'Furix', dose: '20 mg', dosage: '1 tabl. om morgenen' });
    expect(m.content.sections.map((s) => s.heading)).toEqual(
      expect.arrayContaining([
        'Cave-opplysninger',
        'Årsak til innleggelse',
        'Vurdering',
        'Planer for videre oppfølging',
      ]),
    );
    expect(m.content.assessment).toMatch(/ferdigbehandlet/);
    expect(m.patient).toMatchObject({ ident: '13116900216', identType: 'FNR', birthDate: '1969-11-13' });
    expect(m.otherRefs).toContain('fdebda50-4567-11e7-9598-0800200c9a66');
  });

  it('reads the assessed facts of a Status på henvisning: frist, appointment and right to care', () => {
    const m = readIncomingMessage(statusMessage({ msgId: 'm-1', refersTo: 'h-1', fnr: '13116900216' }));
    expect(m.kind).toBe('dialogmelding');
    expect(m.refToParent).toBe('h-1');
    expect(m.facts).toEqual({
      assessedAt: '2018-01-19T09:40:47',
      frist: '2018-02-20',
      appointmentAt: '2018-02-05T11:00',
      rightToCare: true,
    });
  });

  it('refuses what is not XML, and XML that is not a kind of message we know, in Norwegian', () => {
    expect(() => readIncomingMessage('Hei, dette er en e-post')).toThrow(UnreadableMessageError);
    expect(() => readIncomingMessage('Hei, dette er en e-post')).toThrow('Filen er ikke XML.');
    expect(() => readIncomingMessage('<MsgHead><MsgInfo>')).toThrow(/ikke gyldig XML/);
    expect(() =>
      readIncomingMessage(example('eresept/Rekvirent rekvirerer kun resept og leverer ikke PLL/M1 Resept.xml')),
    ).toThrow(/Ukjent meldingstype/);
    expect(() => readIncomingMessage('<?xml version="1.0"?><note xmlns="urn:x">hei</note>')).toThrow(
      /Ukjent meldingstype/,
    );
  });
});
