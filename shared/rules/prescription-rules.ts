/**
 * E-resept rules a prescription must meet before it is signed, as pure functions with Norwegian messages.
 * Sources are named next to each rule; where a paragraph of today's regulation could not be confirmed, the comment
 * says what was found instead (DOMAIN.md asks for that rather than a guessed citation).
 */

/** hvit: the patient pays; bla: blå resept (folketrygdens regning); h: H-resept (financed by the hospital trusts). */
export type PrescriptionKind = 'hvit' | 'bla' | 'h';

/** Blåreseptforskriften (FOR-2007-06-28-814) §§ 2–6, the hjemler a prescriber chooses among. */
export const REFUND_HJEMLER = ['2', '3', '4', '5', '6'] as const;
export type RefundHjemmel = (typeof REFUND_HJEMLER)[number];

/** Code list 7427 Hjemmel for refusjon: 200 = folketrygdloven § 5-14 with blåreseptforskriften § 2, and so on. */
export const HJEMMEL_CODE: Record<RefundHjemmel, '200' | '300' | '400' | '500' | '600'> = {
  '2': '200',
  '3': '300',
  '4': '400',
  '5': '500',
  '6': '600',
};

/** The blåreseptforskrift paragraph a 7427 code belongs to ('201' and '2xx' under § 2, '501' under § 5, ...). */
export function hjemmelOfCode(code: string): RefundHjemmel | undefined {
  const first = code.charAt(0);
  return (REFUND_HJEMLER as readonly string[]).includes(first) && code.length === 3
    ? (first as RefundHjemmel)
    : undefined;
}

export type RefundCodeSystem = 'ICPC-2' | 'ICD-10' | '7434' | '7435';

export interface RefundCode {
  system: RefundCodeSystem;
  code: string;
  text?: string;
}

/** 'stopp' cannot be overridden (the regulation forbids it); the others need a recorded reason to go on. */
export type FindingSeverity = 'stopp' | 'hoy' | 'middels' | 'lav';

export interface RuleFinding {
  /** Stable for the same prescription draft, so an override given to check() matches in issue(). */
  id: string;
  kind: 'regel' | 'cave' | 'interaksjon' | 'duplikat' | 'reseptgruppe';
  severity: FindingSeverity;
  message: string;
  field?: string;
}

export function isOverridable(finding: RuleFinding): boolean {
  return finding.severity !== 'stopp';
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // 29 February plus a year is 28 February (never 1 March, which would add a day of validity).
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** An ISO 8601 duration as FEST writes Reseptgyldighet (P1Y, P3Y, P10D, P6M) added to a day. */
export function addIsoDuration(day: string, duration: string): string | undefined {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(duration);
  if (!match || duration === 'P') return undefined;
  let result = day;
  if (match[1]) result = addYears(result, Number(match[1]));
  if (match[2]) {
    const [y, m, d] = result.split('-').map(Number) as [number, number, number];
    const target = new Date(Date.UTC(y, m - 1 + Number(match[2]), d));
    if (target.getUTCDate() !== d) target.setUTCDate(0);
    result = target.toISOString().slice(0, 10);
  }
  if (match[3]) result = addDays(result, Number(match[3]));
  return result;
}

export interface ExpiryInput {
  prescribedOn: string;
  atcCode: string | null;
  kind: PrescriptionKind;
  /** FEST Reseptgyldighet for the product (and the patient's sex), e.g. P3Y, when the catalogue gives one. */
  catalogueDuration?: string | undefined;
}

export interface Expiry {
  expiresOn: string;
  /** Why, in Norwegian, for the screen. */
  rule: string;
}

/**
 * The longest validity (FOR-2022-06-02-977 § 4-4, as DOMAIN.md summarises it): one year; hormonal contraceptives
 * (ATC G03A) three years; antibiotics for systemic use (ATC J01) ten days unless on blå resept. FEST's
 * Reseptgyldighet per product (R1808 §4.3.5.6) is the catalogue's statement of the same rule and wins when given,
 * except that it cannot shorten an antibiotic on blå resept below the year the regulation allows.
 */
export function maximumExpiry(input: ExpiryInput): Expiry {
  const atc = input.atcCode ?? '';
  const antibioticOnBla = atc.startsWith('J01') && input.kind === 'bla';
  if (input.catalogueDuration && !antibioticOnBla) {
    const fromCatalogue = addIsoDuration(input.prescribedOn, input.catalogueDuration);
    if (fromCatalogue)
      return { expiresOn: fromCatalogue, rule: `Gyldighet fra legemiddelverket (FEST): ${input.catalogueDuration}` };
  }
  if (atc.startsWith('G03A')) {
    return { expiresOn: addYears(input.prescribedOn, 3), rule: 'Hormonelle prevensjonsmidler: gyldig i 3 år' };
  }
  if (atc.startsWith('J01') && !antibioticOnBla) {
    return { expiresOn: addDays(input.prescribedOn, 10), rule: 'Antibiotika på hvit resept: gyldig i 10 dager' };
  }
  return { expiresOn: addYears(input.prescribedOn, 1), rule: 'Gyldig i 1 år' };
}

/** The doctor may set a shorter validity, never a longer one, and never one before the prescribing day. */
export function expiryFindings(requested: string | undefined, prescribedOn: string, max: Expiry): RuleFinding[] {
  if (requested === undefined) return [];
  if (requested < prescribedOn) {
    return [
      {
        id: 'regel:utlop-for-tidlig',
        kind: 'regel',
        severity: 'stopp',
        field: 'expiresOn',
        message: 'Utløpsdatoen kan ikke være før forskrivningsdatoen.',
      },
    ];
  }
  if (requested > max.expiresOn) {
    return [
      {
        id: 'regel:utlop-for-sent',
        kind: 'regel',
        severity: 'stopp',
        field: 'expiresOn',
        message: `Resepten kan ikke gjelde lenger enn til ${max.expiresOn} (${max.rule.toLowerCase()}).`,
      },
    ];
  }
  return [];
}

/** Identity types in the patient register whose holders RF can find by number (fnr, D-nummer, Test Norge). */
export function hasNationalIdentity(identityType: string): boolean {
  return identityType === 'fnr' || identityType === 'dnr' || identityType === 'tnr';
}

export interface RuleInput {
  kind: PrescriptionKind;
  reseptgruppe: string;
  atcCode: string | null;
  reit: number;
  locked: boolean;
  /** patients.identity_type: fnr, dnr, tnr, hnr (H-/FH-nummer from elsewhere), hnr-clinic (our own). */
  identityType: string;
  refund?: { hjemmel?: RefundHjemmel | undefined; code?: RefundCode | undefined } | undefined;
  /** The blåreseptforskrift paragraphs the catalogue (FEST Refusjon in force) gives for this drug. */
  catalogueHjemler: readonly RefundHjemmel[];
  /** The § 2 refusjonskoder in force for this drug in the catalogue. */
  catalogueCodes: readonly RefundCode[];
}

function isAntiInfective(atc: string): boolean {
  // Blåreseptforskriften § 4: legemidler mot allmennfarlige smittsomme sykdommer — antiinfektiva (ATC J) and
  // antiparasitic agents (ATC P01) are the drugs that can qualify (Helsedirektoratet, rundskriv R05-14-02, § 4).
  return atc.startsWith('J') || atc.startsWith('P01');
}

function sameCode(a: RefundCode, b: RefundCode): boolean {
  return a.system === b.system && a.code.toUpperCase() === b.code.toUpperCase();
}

function refundFindings(input: RuleInput): RuleFinding[] {
  const hjemmel = input.refund?.hjemmel;
  const atc = input.atcCode ?? '';
  if (!hjemmel) {
    return [
      {
        id: 'regel:bla-uten-hjemmel',
        kind: 'regel',
        severity: 'stopp',
        field: 'refund.hjemmel',
        message: 'Blå resept må ha refusjonshjemmel (blåreseptforskriften § 2, § 3, § 4, § 5 eller § 6).',
      },
    ];
  }
  const found: RuleFinding[] = [];
  if (hjemmel === '2') {
    if (!input.catalogueHjemler.includes('2')) {
      found.push({
        id: 'regel:bla-p2-ikke-i-fest',
        kind: 'regel',
        severity: 'stopp',
        field: 'refund.hjemmel',
        message:
          'Legemidlet har ikke forhåndsgodkjent refusjon etter § 2 i legemiddelkatalogen (FEST). ' +
          'Velg hvit resept, eller søk Helfo om individuell refusjon (§ 3).',
      });
    } else if (!input.refund?.code) {
      found.push({
        id: 'regel:bla-p2-uten-kode',
        kind: 'regel',
        severity: 'stopp',
        field: 'refund.code',
        message: 'Blå resept etter § 2 må ha en refusjonskode (ICPC-2 eller ICD-10) som gjelder for legemidlet.',
      });
    } else if (!input.catalogueCodes.some((c) => sameCode(c, input.refund!.code!))) {
      const code = input.refund.code;
      found.push({
        id: 'regel:bla-p2-feil-kode',
        kind: 'regel',
        severity: 'stopp',
        field: 'refund.code',
        message: `Refusjonskoden ${code.system} ${code.code} gjelder ikke for dette legemidlet etter § 2. Velg en av kodene fra legemiddelkatalogen.`,
      });
    }
  } else if (hjemmel === '4') {
    if (!isAntiInfective(atc)) {
      found.push({
        id: 'regel:bla-p4-ikke-smitte',
        kind: 'regel',
        severity: 'stopp',
        field: 'refund.hjemmel',
        message: '§ 4 gjelder bare legemidler mot allmennfarlige smittsomme sykdommer.',
      });
    }
  } else if (hjemmel === '5' || hjemmel === '6') {
    if (!input.catalogueHjemler.includes(hjemmel)) {
      found.push({
        id: `regel:bla-p${hjemmel}-ikke-i-fest`,
        kind: 'regel',
        severity: 'stopp',
        field: 'refund.hjemmel',
        message:
          hjemmel === '5'
            ? '§ 5 gjelder medisinsk forbruksmateriell; legemiddelkatalogen gir ikke refusjon etter § 5 for dette.'
            : '§ 6 gjelder næringsmidler; legemiddelkatalogen gir ikke refusjon etter § 6 for dette.',
      });
    }
  }
  // Antibiotics are refunded for infectious diseases under § 4 only, unless FEST lists them under another hjemmel.
  if (atc.startsWith('J01') && hjemmel !== '4' && hjemmel !== '3' && !input.catalogueHjemler.includes(hjemmel)) {
    if (!found.some((f) => f.field === 'refund.hjemmel')) {
      found.push({
        id: 'regel:bla-antibiotika',
        kind: 'regel',
        severity: 'stopp',
        field: 'refund.hjemmel',
        message: 'Antibiotika gis på blå resept bare etter § 4 (allmennfarlige smittsomme sykdommer).',
      });
    }
  }
  return found;
}

/**
 * Every rule of the prescription itself (not the patient's other medicines: see safety-checks.ts).
 */
export function prescriptionRuleFindings(input: RuleInput): RuleFinding[] {
  const found: RuleFinding[] = [];
  // H-resept: financed by the regional health trusts (legemiddelforskriften § 13-7 d, spesialisthelsetjenesteloven
  // § 2-1 a/b); only hospital doctors and specialists approved for the drug may issue it. A fastlege may not.
  if (input.kind === 'h') {
    found.push({
      id: 'regel:h-resept',
      kind: 'regel',
      severity: 'stopp',
      field: 'kind',
      message:
        'H-resept kan ikke skrives av fastlege. H-resepter finansieres av helseforetakene og skrives av ' +
        'sykehuslege eller godkjent spesialist. Henvis pasienten til spesialisthelsetjenesten, eller be ' +
        'behandlende avdeling om å forny H-resepten.',
    });
    return found;
  }
  if (!Number.isInteger(input.reit) || input.reit < 0) {
    found.push({
      id: 'regel:reit-ugyldig',
      kind: 'regel',
      severity: 'stopp',
      field: 'reit',
      message: 'Reit må være et helt tall, 0 eller mer.',
    });
  }
  const ab = input.reseptgruppe === 'A' || input.reseptgruppe === 'B';
  /*
   * Reseptgruppe A and B: one dispensing, no reiterasjon except on blå resept. The 1998 utleveringsforskrift
   * (FOR-1998-04-27-455) said so in § 3-5 b) (A) and § 3-6 b) (B): "Resepten kan ikke reitereres med unntak av
   * rekvirering for folketrygdens regning" (quoted in Helsedirektoratet's veileder «Vanedannende legemidler»,
   * 4.4). FOR-2022-06-02-977 replaced it on 16 Sep 2022; the paragraph carrying this rule there could not be
   * confirmed from the sources available, so this keeps the 1998 rule and must be checked against lovdata.no
   * (chapter 4 on gyldighet and reiterasjon) before certification.
   */
  if (ab && input.reit > 0 && input.kind !== 'bla') {
    found.push({
      id: 'reseptgruppe:ab-reit',
      kind: 'reseptgruppe',
      severity: 'stopp',
      field: 'reit',
      message: `Legemidler i reseptgruppe ${input.reseptgruppe} kan bare utleveres én gang; reit er bare tillatt på blå resept (folketrygdens regning).`,
    });
  }
  // A låst A/B resept is hidden from RF look-ups (other doctors, pharmacies without the number): DOMAIN.md,
  // e-resept; the patient may still demand it, so it is a strong warning, not a refusal.
  if (ab && input.locked) {
    found.push({
      id: 'reseptgruppe:ab-last',
      kind: 'reseptgruppe',
      severity: 'hoy',
      field: 'locked',
      message: `Låst resept på et legemiddel i reseptgruppe ${input.reseptgruppe} skjules for andre leger og apotek i reseptformidleren. Det frarådes sterkt; skriv den bare låst når pasienten krever det.`,
    });
  }
  // R0908 §4.2.1 and DOMAIN.md: without fødselsnummer or D-nummer a prescription must be låst with a referansenummer.
  if (!hasNationalIdentity(input.identityType) && !input.locked) {
    found.push({
      id: 'regel:hnr-krever-last',
      kind: 'regel',
      severity: 'stopp',
      field: 'locked',
      message:
        'Pasienten har ikke fødselsnummer eller D-nummer, bare hjelpenummer. Resepten må være låst og får et referansenummer som pasienten tar med til apoteket.',
    });
  }
  if (input.kind === 'bla') found.push(...refundFindings(input));
  return found;
}

export interface DiagnosisCode {
  system: string;
  code: string;
}

/**
 * A refusjonskode to pre-fill from the patient's diagnoses: the first catalogue code the patient has, matching
 * an ICD-10 diagnosis with a subcode (E11.9) to its category (E11). Only a suggestion; the doctor confirms it.
 */
export function suggestRefundCode(
  codes: readonly RefundCode[],
  diagnoses: readonly DiagnosisCode[],
): RefundCode | undefined {
  for (const diagnosis of diagnoses) {
    const code = diagnosis.code.toUpperCase();
    const hit = codes.find(
      (c) =>
        c.system === diagnosis.system &&
        (c.code.toUpperCase() === code ||
          (c.system === 'ICD-10' && code.startsWith(c.code.toUpperCase()) && code.charAt(c.code.length) === '.')),
    );
    if (hit) return hit;
  }
  return undefined;
}
