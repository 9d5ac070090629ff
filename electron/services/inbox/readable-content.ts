/**
 * The readable content of a clinical document: sections as text, diagnoses, medicines and the assessment, worked
 * out once when the document is stored, so reading it never shows XML. One walker serves the whole KITH family
 * (Henvisning, Epikrise and Svarrapport share InfItem, Diagnosis, Comment/ReasonAsText with Heading and
 * TextResultValue, ResultItem) and Dialogmelding's Notat/Foresporsel; anything else falls back to "label: value".
 */
import type { Element } from '@xmldom/xmldom';
import type {
  AssessedFacts,
  InboxKind,
  ReadableDiagnosis,
  ReadableDocument,
  ReadableMedicine,
  ReadableSection,
} from '../../../shared/api/inbox-views';
import { attr, codedText, flatten, kid, kids, text } from './dom-walk';

/** Code systems by OID (kodeverk 7170 ICPC-2, 7110 ICD-10). */
const SYSTEMS: Record<string, string> = {
  '2.16.578.1.12.4.1.1.7170': 'ICPC-2',
  '2.16.578.1.12.4.1.1.7110': 'ICD-10',
};

/** InfItem types (kodeverk 8233) that carry a diagnosis rather than text. */
const DIAGNOSIS_TYPES = new Set(['H', 'B', 'DIAG', 'HD', 'BD']);

interface Collector {
  sections: ReadableSection[];
  diagnoses: ReadableDiagnosis[];
  medicines: ReadableMedicine[];
  results: string[];
  author: string | null;
}

function diagnosisOf(concept: Element | undefined, role: string | null): ReadableDiagnosis | undefined {
  const code = attr(concept, 'V');
  if (!concept || !code) return undefined;
  const system = attr(concept, 'S') ?? '';
  return {
    code,
    system: SYSTEMS[system] ?? (system || 'ukjent'),
    text: attr(concept, 'DN') ?? attr(concept, 'OT') ?? '',
    role,
  };
}

function medicineOf(m: Element): ReadableMedicine {
  const drug = kid(m, 'DrugId');
  const dose = kid(m, 'UnitDose');
  const doseText = dose && attr(dose, 'V') ? `${attr(dose, 'V') ?? ''} ${attr(dose, 'U') ?? ''}`.trim() : null;
  return {
    name: attr(drug, 'DN') ?? attr(drug, 'OT') ?? text(m, 'DrugName') ?? attr(drug, 'V') ?? 'Ukjent legemiddel',
    atcCode: attr(drug, 'S') === '2.16.578.1.12.4.1.1.7180' ? (attr(drug, 'V') ?? null) : null,
    dose: doseText,
    dosage: text(m, 'DosageText') ?? null,
    status: codedText(kid(m, 'Status')) ?? null,
  };
}

function personName(hcp: Element | undefined): string | null {
  if (!hcp) return null;
  const name = [text(hcp, 'GivenName'), text(hcp, 'FamilyName')].filter(Boolean).join(' ');
  return name || text(hcp, 'Name') || null;
}

function resultLine(item: Element): string | undefined {
  const investigation = kid(item, 'Investigation');
  // A ResultItem without an analysis is a group; its TextResult is read as a section of its own.
  if (!investigation) return undefined;
  const what = codedText(kid(investigation, 'Id')) ?? codedText(kid(investigation, 'Spec'));
  const num = kid(item, 'NumResult', 'NumResultValue');
  const value = num
    ? `${attr(num, 'V') ?? ''} ${attr(num, 'U') ?? ''}`.trim()
    : flatten(kid(item, 'TextResult', 'TextResultValue')) || codedText(kid(item, 'TextResult', 'Result'));
  if (!what && !value) return undefined;
  const ref = text(item, 'RefInterval', 'Descr');
  const deviation = codedText(kid(item, 'DevResultInd'));
  return `${what ?? 'Resultat'}: ${value ?? ''}${ref ? ` (ref. ${ref})` : ''}${deviation ? ` – ${deviation}` : ''}`.trim();
}

function walk(element: Element, c: Collector, inServReq: boolean): void {
  for (const child of kids(element)) {
    const name = child.localName ?? '';
    const heading = kid(child, 'Heading');
    const textValue = kid(child, 'TextResultValue');
    if (heading && textValue) {
      c.sections.push({ heading: codedText(heading) ?? 'Tekst', text: flatten(textValue) });
      continue;
    }
    switch (name) {
      case 'InfItem': {
        const type = kid(child, 'Type');
        const typeCode = attr(type, 'V') ?? '';
        const medication = kid(child, 'Medication');
        if (medication) {
          c.medicines.push(medicineOf(medication));
          continue;
        }
        const concept = kid(child, 'Observation', 'CodedDescr', 'Concept');
        if (concept && (DIAGNOSIS_TYPES.has(typeCode) || !kid(child, 'Observation', 'Description'))) {
          const d = diagnosisOf(concept, codedText(type) ?? null);
          if (d) c.diagnoses.push(d);
          continue;
        }
        const description = kid(child, 'Observation', 'Description');
        if (description) {
          const heading2 = codedText(type) ?? 'Opplysning';
          const body = flatten(description);
          if (typeCode === 'MEDB' && body)
            c.medicines.push({ name: body, atcCode: null, dose: null, dosage: null, status: null });
          else if (body) c.sections.push({ heading: heading2, text: body });
        }
        continue;
      }
      case 'Diagnosis': {
        const d = diagnosisOf(kid(child, 'Concept'), inServReq ? 'Henvisningsdiagnose' : null);
        if (d) c.diagnoses.push(d);
        continue;
      }
      case 'Notat': {
        const headingText = codedText(kid(child, 'TemaKodet')) ?? text(child, 'Tema') ?? 'Notat';
        const body = flatten(kid(child, 'TekstNotatInnhold'));
        c.sections.push({ heading: headingText, text: body });
        c.author ??= personName(kid(child, 'RollerRelatertNotat', 'HealthcareProfessional'));
        continue;
      }
      case 'Foresporsel': {
        const parts = [text(child, 'Sporsmal'), codedText(kid(child, 'Formal')), codedText(kid(child, 'Begrunnelse'))];
        c.sections.push({
          heading: codedText(kid(child, 'TypeForesp')) ?? 'Forespørsel',
          text: parts.filter(Boolean).join('\n'),
        });
        c.author ??= personName(kid(child, 'RollerRelatertNotat', 'HealthcareProfessional'));
        continue;
      }
      case 'ResultItem': {
        const line = resultLine(child);
        if (line) c.results.push(line);
        walk(child, c, inServReq);
        continue;
      }
      case 'ServProvider':
      case 'Requester':
      case 'CopyDest':
      case 'RelServProvider':
      case 'PatRelHCP':
      case 'ResponsibleHcp':
      case 'RelServProv':
      case 'Address':
        continue;
      case 'ServReq':
        walk(child, c, true);
        continue;
      default:
        walk(child, c, inServReq);
    }
  }
}

/** Every leaf as "Label: value", for a document the walker found nothing in (e.g. an AppRec). */
function fallbackLines(element: Element, out: string[]): void {
  for (const child of kids(element)) {
    const label = child.localName ?? '';
    const value = codedText(child) ?? (kids(child).length === 0 ? text(child) : undefined);
    if (value) out.push(`${label}: ${value}`);
    fallbackLines(child, out);
  }
}

function appRecSections(root: Element): ReadableSection[] {
  const status = codedText(kid(root, 'Status'));
  const errors = kids(root, 'Error').map((e) => `${attr(e, 'V') ?? ''} ${attr(e, 'OT') ?? attr(e, 'DN') ?? ''}`.trim());
  const original = kid(root, 'OriginalMsgId');
  const sections: ReadableSection[] = [
    { heading: 'Status', text: status ?? 'Ukjent' },
    {
      heading: 'Gjelder melding',
      text: [codedText(kid(original, 'MsgType')), text(original, 'IssueDate'), text(original, 'Id')]
        .filter(Boolean)
        .join('\n'),
    },
  ];
  if (errors.length > 0) sections.push({ heading: 'Feil', text: errors.join('\n') });
  return sections;
}

export function readableContent(kind: InboxKind, root: Element, title: string): ReadableDocument {
  if (kind === 'apprec') {
    return { title, sections: appRecSections(root), diagnoses: [], medicines: [], assessment: null, author: null };
  }
  const c: Collector = { sections: [], diagnoses: [], medicines: [], results: [], author: null };
  walk(root, c, false);
  if (c.results.length > 0) c.sections.push({ heading: 'Analyseresultater', text: c.results.join('\n') });
  if (c.sections.length === 0 && c.diagnoses.length === 0 && c.medicines.length === 0) {
    const lines: string[] = [];
    fallbackLines(root, lines);
    c.sections.push({ heading: 'Innhold', text: lines.join('\n') });
  }
  const assessment =
    c.sections.find((s) => /vurdering/i.test(s.heading))?.text ??
    (kind === 'dialogmelding' ? (c.sections[0]?.text ?? null) : null);
  return {
    title,
    sections: c.sections.filter((s) => s.text !== ''),
    diagnoses: c.diagnoses,
    medicines: c.medicines,
    assessment: assessment ?? null,
    author: c.author,
  };
}

function isoDate(day: string, month: string, year: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * Dialogmelding v1.1 "Status på henvisning" carries the assessment as text (the official example: "Frist oppstart
 * helsehjelp 20.02.2018", "Tid: 05.02.2018, klokken 11:00", "Pasienten har rett til nødvendig helsehjelp").
 * These are the phrases of pasient- og brukerrettighetsloven § 2-2 letters; a message that words them otherwise
 * keeps its facts null and is still shown in full.
 */
export function assessedFacts(msgType: string, content: ReadableDocument, genDate: string | null): AssessedFacts {
  const all = content.sections.map((s) => `${s.heading}\n${s.text}`).join('\n');
  const frist = /frist[^0-9\n]{0,60}(\d{1,2})\.(\d{1,2})\.(\d{4})/i.exec(all);
  const time =
    /(?:\btid|\btime|\btimeavtale|\bkontroll)\s*:?\s*(?:[a-zæøå]+dag\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[, ]+(?:klokken|kl\.?)\s*(\d{1,2})[:.](\d{2}))?/i.exec(
      all,
    );
  let rightToCare: boolean | null = null;
  if (/ikke\s+rett\s+til\s+nødvendig\s+helsehjelp/i.test(all)) rightToCare = false;
  else if (/rett\s+til\s+nødvendig\s+helsehjelp/i.test(all)) rightToCare = true;
  const fristDate = frist ? isoDate(frist[1] ?? '', frist[2] ?? '', frist[3] ?? '') : null;
  const appointmentAt = time
    ? `${isoDate(time[1] ?? '', time[2] ?? '', time[3] ?? '')}${time[4] ? `T${time[4].padStart(2, '0')}:${time[5] ?? '00'}` : ''}`
    : null;
  const vurdert = /vurdert\s*:?\s*(\d{1,2})\.(\d{1,2})\.(\d{4})/i.exec(all);
  const isStatus = /STATUS_HENVISNING/i.test(msgType);
  const assessed = isStatus || fristDate !== null || appointmentAt !== null || rightToCare !== null;
  return {
    assessedAt: assessed ? (vurdert ? isoDate(vurdert[1] ?? '', vurdert[2] ?? '', vurdert[3] ?? '') : genDate) : null,
    frist: fristDate,
    appointmentAt,
    rightToCare,
  };
}
