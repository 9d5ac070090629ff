/**
 * The referral as an A4 letter, for when it must go on paper (a receiver without electronic addressing, or the
 * patient's own copy): the same content as the Henvisning v2.0 message, laid out as the henvisningsveileder orders
 * it — recipient, referrer, patient, hastegrad and what is asked, problemstilling, diagnoses, history, findings,
 * medicines, CAVE.
 */
import { PDFDocument } from 'pdf-lib';
import type { ClinicRow, PatientRow, UserRow } from '../../../db/schema';
import type { AddressRegisterRow, ReferralStatus } from '../../../db/schema-referrals';
import { osloDate } from '../../../shared/rules/dates';
import { HASTEGRAD, REFERRAL_PURPOSES, type ReferralContent } from '../../../shared/schemas/referral.schema';
import {
  identityLine,
  norwegianDate,
  norwegianDateTime,
  spacedOrganisationNumber,
} from '../journal/extract/extract-format';
import { ALERT, embedStandardFonts, MUTED, PageWriter, type TextStyle } from '../journal/extract/pdf-page-writer';
import { fullName } from '../patients/patient-view';

const BODY: TextStyle = { size: 10 };
const LABEL: TextStyle = { font: 'bold', size: 10 };
const LABEL_WIDTH = 120;

export interface ReferralLetter {
  content: ReferralContent;
  status: ReferralStatus;
  sentAt: string | null;
  patient: PatientRow;
  doctor: UserRow | null;
  clinic: ClinicRow | null;
  recipient: AddressRegisterRow | null;
  copies: readonly AddressRegisterRow[];
  printedAt: Date;
}

export function referralLetterFileName(patient: Pick<PatientRow, 'given_name' | 'family_name'>, now: Date): string {
  const name = `${patient.given_name} ${patient.family_name}`.replace(/[^\p{L}\p{N} -]+/gu, '').trim();
  return `Henvisning ${name} ${osloDate(now)}.pdf`;
}

function address(r: { address_line: string | null; postal_code: string | null; city: string | null }): string {
  return [r.address_line, [r.postal_code, r.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

export async function renderReferralLetter(l: ReferralLetter): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Henvisning');
  doc.setCreator('Allmenn');
  const w = new PageWriter(doc, await embedStandardFonts(doc));
  const c = l.content;
  const field = (label: string, text: string) => {
    if (text.trim()) w.labelled(label, text, LABEL_WIDTH, BODY, LABEL);
  };
  const section = (title: string) => {
    w.space(6);
    w.line(title, { font: 'bold', size: 11.5 });
    w.rule();
  };

  w.line('Henvisning', { font: 'bold', size: 18 });
  w.line(
    l.status === 'utkast'
      ? 'UTKAST – ikke signert og ikke sendt'
      : l.status === 'annullert'
        ? 'ANNULLERT – henvisningen er trukket tilbake'
        : `Sendt elektronisk ${l.sentAt ? norwegianDateTime(l.sentAt) : ''}`,
    { size: 9.5, font: 'italic', color: l.status === 'sendt' ? MUTED : ALERT },
  );
  w.space(8);

  section('Mottaker');
  if (l.recipient) {
    field('Til', [l.recipient.department, l.recipient.name].filter(Boolean).join(', '));
    field('Adresse', address(l.recipient));
    field(
      'HER-id',
      `${l.recipient.her_id}${l.recipient.test_value === 1 ? ' (testverdi fra demoregisteret, ikke en ekte adresse)' : ''}`,
    );
  } else field('Til', 'Ikke valgt');
  if (l.copies.length > 0) {
    field('Kopi til', l.copies.map((r) => [r.department, r.name].filter(Boolean).join(', ')).join('; '));
  }

  section('Henvisende lege');
  field(
    'Lege',
    l.doctor ? `${l.doctor.display_name}${l.doctor.hpr_number ? `, HPR-nr. ${l.doctor.hpr_number}` : ''}` : '',
  );
  if (l.clinic) {
    field('Legekontor', l.clinic.name);
    field('Svar til', `HER-id ${l.clinic.her_id}, org.nr. ${spacedOrganisationNumber(l.clinic.organisation_number)}`);
  }

  section('Pasient');
  const p = l.patient;
  field('Navn', fullName(p));
  const [idLabel, idValue] = identityLine(p.identity_type, p.identity_number);
  field(idLabel, idValue);
  field('Født', norwegianDate(p.birth_date));
  field('Adresse', address(p));
  field('Telefon', p.mobile_phone ?? p.other_phone ?? '');
  field('Pårørende', c.nextOfKin.map((k) => [k.name, k.relation, k.phone].filter(Boolean).join(', ')).join('; '));
  if (c.interpreter.needed) field('Tolk', `Trenger tolk: ${c.interpreter.language}`);

  section('Henvisningen');
  field('Hastegrad', c.hastegrad ? HASTEGRAD[c.hastegrad] : '');
  field('Gjelder', c.purpose ? REFERRAL_PURPOSES[c.purpose] : '');
  field('Rettighetsvurdering', c.rightsAssessment ? 'Ber om vurdering av rett til nødvendig helsehjelp' : 'Nei');
  field('Problemstilling', c.problemstilling);
  field('Spørsmål', c.askedFor);
  field(
    'Diagnoser',
    c.diagnoses.map((d, i) => `${d.system} ${d.code} ${d.text}${i === 0 ? ' (hoveddiagnose)' : ''}`).join('\n'),
  );

  if (c.history || c.findings) {
    section('Sykehistorie og funn');
    field('Sykehistorie', c.history);
    field('Funn', c.findings);
  }
  if (c.medicines.length > 0 || c.cave.length > 0 || c.criticalInfo) {
    section('Legemidler og kritisk informasjon');
    field('Legemidler', c.medicines.map((m) => [m.name, m.dosing].filter(Boolean).join(': ')).join('\n'));
    field('CAVE', c.cave.map((x) => [x.text, x.reaction, x.severity].filter(Boolean).join(', ')).join('\n'));
    field('Kritisk info', c.criticalInfo);
  }

  w.space(18);
  w.line('Med vennlig hilsen', BODY);
  w.space(16);
  if (l.doctor) w.line(`${l.doctor.display_name}, lege`, BODY);
  if (l.clinic) w.line(l.clinic.name, BODY);
  w.space(14);
  w.line(`Skrevet ut ${norwegianDateTime(l.printedAt)}`, { size: 8.5, color: MUTED });
  return doc.save();
}

export interface AttachedNote {
  occurredAt: string;
  reasonForContact: string;
  anamnese: string;
  funn: string;
  vurdering: string;
  tiltak: string;
}

/** A signed journal note as a one-note PDF, sent as an attachment to the Henvisning (HIS 1207 §5.1.2: pdf). */
export async function renderNoteAttachment(
  note: AttachedNote,
  patient: Pick<PatientRow, 'given_name' | 'middle_name' | 'family_name' | 'identity_type' | 'identity_number'>,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Journalnotat ${norwegianDateTime(note.occurredAt)}`);
  doc.setCreator('Allmenn');
  const w = new PageWriter(doc, await embedStandardFonts(doc));
  w.line(`Journalnotat ${norwegianDateTime(note.occurredAt)}`, { font: 'bold', size: 14 });
  const [idLabel, idValue] = identityLine(patient.identity_type, patient.identity_number);
  w.line(`${fullName(patient)}, ${idLabel.toLowerCase()} ${idValue}`, { size: 9.5, color: MUTED });
  w.space(8);
  const field = (label: string, text: string) => {
    if (text.trim()) w.labelled(label, text, 90, BODY, LABEL);
  };
  field('Kontaktårsak', note.reasonForContact);
  field('Anamnese', note.anamnese);
  field('Funn', note.funn);
  field('Vurdering', note.vurdering);
  field('Tiltak', note.tiltak);
  return doc.save();
}
