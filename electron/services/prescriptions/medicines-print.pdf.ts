/**
 * "Mine resepter" for the patient: an A4 PDF of the current prescriptions with dosing, expiry and reit, and the
 * referansenummer of a låst resept, which the patient needs at the pharmacy (R0908 §4.2.1: a låst resept is
 * dispensed only to someone who gives it). Same page writer as the journal extract.
 */
import { PDFDocument } from 'pdf-lib';
import type { PrescriptionView } from '../../../shared/api/prescription-views';
import {
  identityLine,
  norwegianDate,
  norwegianDateTime,
  spacedOrganisationNumber,
} from '../journal/extract/extract-format';
import { osloDate } from '../../../shared/rules/dates';
import {
  ALERT,
  embedStandardFonts,
  MARGIN,
  MUTED,
  PageWriter,
  RULE,
  type TextStyle,
} from '../journal/extract/pdf-page-writer';

const BODY: TextStyle = { size: 10 };
const LABEL: TextStyle = { font: 'bold', size: 10 };
const LABEL_WIDTH = 110;

export interface MedicinesPrint {
  clinic: { name: string; organisationNumber: string } | null;
  patient: { name: string; identityType: string; identityNumber: string; birthDate: string };
  printedBy: string;
  printedAt: Date;
  prescriptions: readonly PrescriptionView[];
}

function amountText(p: PrescriptionView): string {
  const pack = p.drug.packSize ? `${p.drug.packSize} ${p.drug.packUnit ?? ''}`.trim() : '';
  if (p.durationDays !== null && p.packages === null) return `Til ${p.durationDays} dager`;
  const packages = `${p.packages ?? 1} ${p.packages === 1 ? 'pakning' : 'pakninger'}${pack ? ` à ${pack}` : ''}`;
  return p.durationDays !== null ? `${packages} (${p.durationDays} dager)` : packages;
}

function drawPrescription(w: PageWriter, p: PrescriptionView): void {
  if (w.remaining() < 110) w.newPage();
  w.paragraph(p.drug.nameFormStrength, { font: 'bold', size: 11.5 });
  w.space(2);
  const rows: [string, string][] = [
    ['Dosering', p.dssn],
    ...(p.bruksomrade ? [['Brukes mot', p.bruksomrade] as [string, string]] : []),
    ['Mengde', amountText(p)],
    ['Reit', p.reit === 0 ? 'Ingen' : `${p.reit} ganger til`],
    ['Type', p.kind === 'bla' ? 'Blå resept' : 'Hvit resept'],
    ['Skrevet', norwegianDate(p.validFrom)],
    ['Gyldig til og med', norwegianDate(p.expiresOn)],
    ...(p.lastDispensedAt
      ? [['Sist utlevert', norwegianDate(p.lastDispensedAt.slice(0, 10))] as [string, string]]
      : []),
  ];
  for (const [label, value] of rows) w.labelled(label, value, LABEL_WIDTH, BODY, LABEL);
  if (p.locked) {
    w.space(2);
    w.labelled(
      'Referansenummer',
      p.referenceNumber ?? 'mangler – kontakt legekontoret',
      LABEL_WIDTH,
      { font: 'bold', size: 11, color: ALERT },
      LABEL,
    );
    w.paragraph(
      'Dette er en låst resept. Apoteket kan bare se og utlevere den når du oppgir referansenummeret.',
      { ...BODY, font: 'italic' },
      LABEL_WIDTH,
    );
  }
  w.space(5);
  w.rule(RULE, 0.4);
  w.space(5);
}

export async function renderMedicinesPdf(x: MedicinesPrint): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Resepter – ${x.patient.name}`);
  doc.setAuthor(x.clinic?.name ?? 'Allmenn');
  doc.setCreator('Allmenn');
  doc.setProducer('Allmenn (pdf-lib)');
  doc.setLanguage('nb-NO');
  doc.setCreationDate(x.printedAt);
  doc.setModificationDate(x.printedAt);
  const w = new PageWriter(doc, await embedStandardFonts(doc));
  w.newPage();
  w.line('Dine gyldige resepter', { font: 'bold', size: 18 });
  w.space(2);
  if (x.clinic) {
    w.line(`${x.clinic.name}  ·  Org.nr. ${spacedOrganisationNumber(x.clinic.organisationNumber)}`, { size: 10.5 });
  }
  w.space(6);
  w.rule();
  w.space(2);
  const [idLabel, idValue] = identityLine(x.patient.identityType, x.patient.identityNumber);
  for (const [label, value] of [
    ['Pasient', x.patient.name],
    [idLabel, idValue],
    ['Fødselsdato', norwegianDate(x.patient.birthDate)],
    ['Skrevet ut', `${norwegianDateTime(x.printedAt)} av ${x.printedBy}`],
  ] as const) {
    w.labelled(label, value, LABEL_WIDTH, { size: 10 }, { font: 'bold' });
  }
  w.space(4);
  w.paragraph(
    'Listen viser reseptene legekontoret har skrevet som fortsatt er gyldige. Resepter fra andre leger står ikke her; apoteket kan vise alle dine resepter.',
    { ...BODY, color: MUTED },
  );
  w.space(4);
  w.rule(MUTED, 0.8);
  w.space(6);
  if (x.prescriptions.length === 0) w.paragraph('Du har ingen gyldige resepter fra oss.', { ...BODY, font: 'italic' });
  for (const p of x.prescriptions) drawPrescription(w, p);
  const total = w.pages.length;
  w.pages.forEach((page, i) => {
    const text = w.clean(`Utskrift fra Allmenn ${norwegianDate(osloDate(x.printedAt))} – side ${i + 1} av ${total}`);
    page.drawText(text, { x: MARGIN, y: MARGIN / 2, size: 8, font: w.fonts.regular, color: MUTED });
  });
  return doc.save();
}
