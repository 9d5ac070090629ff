/**
 * Draws a journal extract as an A4 PDF for the patient (innsyn, pasientjournalloven § 18 / pasient- og
 * brukerrettighetsloven § 5-1) or for a new fastlege. Every signed version is printed, so a retting keeps the old
 * text visible (helsepersonelloven § 42), and a feilregistrert note is marked where the reader cannot miss it.
 */
import { PDFDocument } from 'pdf-lib';
import { osloDate } from '../../../../shared/rules/dates';
import { MEASUREMENTS, type MeasurementKind } from '../../../../shared/rules/measurements';
import { NOTE_STATUS_LABELS } from '../../../../shared/schemas/journal.schema';
import type { MeasurementView } from '../../../../shared/api/views';
import {
  identityLine,
  norwegianDate,
  norwegianDateTime,
  norwegianNumber,
  spacedIdentityNumber,
  spacedOrganisationNumber,
} from './extract-format';
import type { ExtractNote, ExtractVersion, JournalExtract } from './journal-extract.model';
import {
  A4,
  ALERT,
  CONTENT_WIDTH,
  embedStandardFonts,
  MARGIN,
  MUTED,
  PageWriter,
  RULE,
  type TextStyle,
} from './pdf-page-writer';

const BODY: TextStyle = { size: 9.5 };
const LABEL: TextStyle = { font: 'bold', size: 9.5 };
const LABEL_WIDTH = 78;
const HEADER_LABEL_WIDTH = 108;
/** Room for the running header drawn on every page after the layout is done. */
const RUNNING_HEADER = 22;

const FIELD_LABELS = [
  ['reasonForContact', 'Kontaktårsak'],
  ['anamnese', 'Anamnese'],
  ['funn', 'Funn'],
  ['vurdering', 'Vurdering'],
  ['tiltak', 'Tiltak'],
] as const;

function periodText(period: JournalExtract['period']): string {
  if (period.from && period.to) return `${norwegianDate(period.from)} – ${norwegianDate(period.to)}`;
  if (period.from) return `Fra ${norwegianDate(period.from)}`;
  if (period.to) return `Til og med ${norwegianDate(period.to)}`;
  return 'Hele journalen';
}

function measurementText(m: MeasurementView): string {
  const decimals = (MEASUREMENTS as Record<string, { decimals: number } | undefined>)[m.kind as MeasurementKind]
    ?.decimals;
  const value = norwegianNumber(m.value, decimals ?? 1);
  return `${m.label} ${value}${m.unit ? ` ${m.unit}` : ''}`;
}

/** The line that opens each version of a note with more than one: what it is, when, by whom and why. */
function versionHeading(v: ExtractVersion, index: number): { text: string; style: TextStyle } {
  const when = v.signedAt ? norwegianDateTime(v.signedAt) : '';
  const who = v.signedByName ?? v.authorName;
  if (v.kind === 'feilregistrering') {
    return {
      text: `Feilregistrert ${when} av ${who}: ${v.changeReason ?? ''}`,
      style: { font: 'bold', size: 9.5, color: ALERT },
    };
  }
  if (v.kind === 'retting') {
    return { text: `Rettet ${when} av ${who}: ${v.changeReason ?? ''}`, style: { font: 'bold', size: 9.5 } };
  }
  return {
    text: `${index === 0 ? 'Opprinnelig notat' : `Versjon ${v.version}`}, signert ${when} av ${who}`,
    style: { font: 'bold', size: 9.5 },
  };
}

function drawVersionBody(w: PageWriter, v: ExtractVersion, superseded: boolean): void {
  const style: TextStyle = superseded ? { ...BODY, color: MUTED } : BODY;
  for (const [key, label] of FIELD_LABELS) {
    const text = v.fields[key].trim();
    if (text !== '') w.labelled(label, text, LABEL_WIDTH, style, LABEL);
  }
  if (v.diagnoses.length > 0) {
    const text = v.diagnoses
      .map((d) => `${d.code} ${d.title} (${d.system}${d.isMain ? ', hoveddiagnose' : ''})`)
      .join('\n');
    w.labelled('Diagnoser', text, LABEL_WIDTH, style, LABEL);
  }
  if (v.measurements.length > 0 || v.bmi !== null) {
    const parts = v.measurements.map(measurementText);
    if (v.bmi !== null) parts.push(`KMI ${norwegianNumber(v.bmi, 1)}`);
    w.labelled('Målinger', parts.join(' · '), LABEL_WIDTH, style, LABEL);
  }
}

function drawNoteHeader(w: PageWriter, note: ExtractNote): void {
  const style: TextStyle = { font: 'bold', size: 10.5 };
  const status = NOTE_STATUS_LABELS[note.status];
  const statusStyle: TextStyle =
    note.status === 'feilregistrert' ? { ...style, color: ALERT } : { ...style, font: 'regular', color: MUTED };
  const statusText = note.status === 'feilregistrert' ? status.toUpperCase() : status;
  const left = `${norwegianDateTime(note.occurredAt)}  ·  ${note.contactType}  ·  ${note.authorName}`;
  const statusWidth = w.width(statusText, statusStyle);
  const [first, ...rest] = w.wrap(left, CONTENT_WIDTH - statusWidth - 12, style);
  w.ensure(w.lineHeight(style));
  w.drawAt(0, first ?? '', style);
  w.drawAt(CONTENT_WIDTH - statusWidth, statusText, statusStyle);
  w.space(w.lineHeight(style));
  for (const l of rest) w.line(l, style);
  w.space(2);
}

function drawNote(w: PageWriter, note: ExtractNote): void {
  // Keep the heading with the first lines of text: no note starts on the last line of a page.
  if (w.remaining() < 70) w.newPage();
  drawNoteHeader(w, note);
  w.continuation = `${norwegianDateTime(note.occurredAt)}  ·  ${note.contactType} (fortsatt)`;
  // The mark comes first, so nobody reads the text before learning it does not belong to this patient.
  const mark = note.versions.findLast((v) => v.kind === 'feilregistrering');
  if (mark) {
    const heading = versionHeading(mark, note.versions.indexOf(mark));
    w.paragraph(heading.text, heading.style);
    w.space(2);
  }
  // A feilregistrering that only copies the text it marks has nothing more to print.
  const versions = note.versions.filter((v) => !(v.kind === 'feilregistrering' && v.sameTextAsPrevious));
  const single = versions.length === 1;
  versions.forEach((v, i) => {
    const superseded = i < versions.length - 1;
    if (!single) {
      const heading = versionHeading(v, i);
      if (i > 0) w.space(3);
      w.paragraph(heading.text, heading.style);
      w.space(1);
    }
    if (v.sameTextAsPrevious) w.line('Teksten er som i versjonen over.', { ...BODY, font: 'italic', color: MUTED });
    else drawVersionBody(w, v, superseded || note.status === 'feilregistrert');
  });
  w.continuation = undefined;
  const only = single ? versions[0] : undefined;
  if (only?.signedAt) {
    w.space(1);
    w.line(`Signert ${norwegianDateTime(only.signedAt)} av ${only.signedByName ?? only.authorName}`, {
      size: 8.5,
      color: MUTED,
      font: 'italic',
    });
  }
  w.space(4);
  w.rule(RULE, 0.4);
  w.space(4);
}

function drawTitleBlock(w: PageWriter, x: JournalExtract): void {
  w.line('Journalutskrift', { font: 'bold', size: 18 });
  w.space(2);
  if (x.clinic) {
    w.line(`${x.clinic.name}  ·  Org.nr. ${spacedOrganisationNumber(x.clinic.organisationNumber)}`, { size: 10.5 });
  }
  w.space(6);
  w.rule();
  w.space(2);
  const rows: [string, string][] = [
    ['Pasient', x.patient.name],
    identityLine(x.patient.identityType, x.patient.identityNumber),
    ['Fødselsdato', norwegianDate(x.patient.birthDate)],
    ['Periode', periodText(x.period)],
    ['Innhold', `${x.notes.length} ${x.notes.length === 1 ? 'signert notat' : 'signerte notater'}, eldste først`],
    ['Skrevet ut', `${norwegianDateTime(x.printedAt)} av ${x.printedBy}`],
  ];
  for (const [label, value] of rows) w.labelled(label, value, HEADER_LABEL_WIDTH, { size: 10 }, { font: 'bold' });
  w.space(4);
  w.paragraph(
    'Utskriften viser alle signerte versjoner av hvert notat. Rettede notater vises med den opprinnelige teksten ' +
      'og hver retting med begrunnelse. Feilregistrerte notater er merket. Utkast som ikke er signert, er ikke med.',
    { size: 8.5, color: MUTED, font: 'italic' },
  );
  w.space(2);
  w.rule(MUTED, 0.8);
  w.space(6);
}

/** Running header and the footer "Utskrift fra Allmenn <dato> – side X av Y", drawn once the page count is known. */
function drawPageFurniture(w: PageWriter, x: JournalExtract): void {
  const small: TextStyle = { size: 8, color: MUTED };
  const font = w.fonts.regular;
  const total = w.pages.length;
  const who = `${x.patient.name}  ·  ${spacedIdentityNumber(x.patient.identityNumber)}`;
  const where = x.clinic ? `Journalutskrift, ${x.clinic.name}` : 'Journalutskrift';
  w.pages.forEach((page, i) => {
    const footer = w.clean(`Utskrift fra Allmenn ${norwegianDate(osloDate(x.printedAt))} – side ${i + 1} av ${total}`);
    const draw = (text: string, left: number, y: number) =>
      page.drawText(w.clean(text), { x: left, y, size: small.size ?? 8, font, color: small.color ?? MUTED });
    draw(footer, A4.width - MARGIN - font.widthOfTextAtSize(footer, 8), MARGIN / 2);
    draw(who, MARGIN, MARGIN / 2);
    if (i > 0) {
      draw(who, MARGIN, A4.height - MARGIN + 8);
      draw(where, A4.width - MARGIN - font.widthOfTextAtSize(w.clean(where), 8), A4.height - MARGIN + 8);
    }
  });
}

export async function renderJournalExtractPdf(x: JournalExtract): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const title = `Journalutskrift – ${x.patient.name}`;
  doc.setTitle(title);
  doc.setSubject(`Journalutskrift, ${periodText(x.period).toLowerCase()}`);
  doc.setAuthor(x.clinic?.name ?? 'Allmenn');
  doc.setCreator('Allmenn');
  doc.setProducer('Allmenn (pdf-lib)');
  doc.setLanguage('nb-NO');
  doc.setCreationDate(x.printedAt);
  doc.setModificationDate(x.printedAt);
  const w = new PageWriter(doc, await embedStandardFonts(doc), RUNNING_HEADER);
  w.newPage();
  drawTitleBlock(w, x);
  if (x.notes.length === 0) w.paragraph('Ingen signerte notater i perioden.', { ...BODY, font: 'italic' });
  for (const [i, note] of x.notes.entries()) {
    drawNote(w, note);
    // Main is one thread: a whole journal (thousands of notes, ~1 000 pages) takes seconds to lay out, so other
    // calls get their turn between notes. pdf-lib's save() yields the same way (objectsPerTick).
    if (i % 25 === 24) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  drawPageFurniture(w, x);
  return doc.save();
}
