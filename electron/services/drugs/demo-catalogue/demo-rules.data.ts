/**
 * DEMO DATA. Blå resept rules and interactions for the demo catalogue. The refusjon groups follow the shape of
 * FEST's (§ 2 of blåreseptforskriften, refusjonskoder in ICPC-2 and ICD-10, and DMP's own -26/-27 codes from code
 * list 7434), but which drug gets which code and every vilkår text is made up for the demo and says so. The
 * interactions are well-documented ones, written in our own words from the products' SPC texts (pkt. 4.5); their
 * relevans is our reading of those texts on FEST's scale (code list 7483), not Legemiddelverket's assessment.
 */

export interface DemoRefundCode {
  code: string;
  system: 'ICPC-2' | 'ICD-10' | 'FEST-7434';
  text: string;
  /** Keys of DEMO_CONDITIONS that apply to this code. */
  conditions?: readonly string[];
}

export interface DemoRefundGroup {
  /** The group's ATC (level 5): every demo package with it is linked to the group. */
  atc: string;
  eligibleUse: string;
  codes: readonly DemoRefundCode[];
}

export interface DemoCondition {
  key: string;
  number: string;
  text: string;
}

export const DEMO_CONDITIONS: readonly DemoCondition[] = [
  {
    key: 'STATIN',
    number: '9001',
    text:
      'Demodata, ikke et gjeldende vilkår: Refusjon forutsetter at risikovurdering og råd om kosthold og ' +
      'fysisk aktivitet er dokumentert i journalen.',
  },
  {
    key: 'DIABETES_SECOND_LINE',
    number: '9002',
    text:
      'Demodata, ikke et gjeldende vilkår: Refusjon ytes når metformin ikke gir tilstrekkelig effekt, ikke ' +
      'tåles eller er kontraindisert. Begrunnelsen skal dokumenteres i journalen.',
  },
  {
    key: 'ANTICOAGULATION',
    number: '9003',
    text:
      'Demodata, ikke et gjeldende vilkår: Refusjon ytes ved atrieflimmer med minst én risikofaktor for ' +
      'hjerneslag.',
  },
  {
    key: 'PPI',
    number: '9004',
    text:
      'Demodata, ikke et gjeldende vilkår: Refusjon ytes ved påvist refluksøsofagitt eller behov for ' +
      'langvarig behandling; kortvarige plager dekkes ikke.',
  },
];

const K86: DemoRefundCode = { code: 'K86', system: 'ICPC-2', text: 'Hypertensjon ukomplisert' };
const K87: DemoRefundCode = { code: 'K87', system: 'ICPC-2', text: 'Hypertensjon med komplikasjoner' };
const I10: DemoRefundCode = { code: 'I10', system: 'ICD-10', text: 'Essensiell (primær) hypertensjon' };
const HYPERTENSION = [K86, K87, I10];
const T90: DemoRefundCode = { code: 'T90', system: 'ICPC-2', text: 'Diabetes type 2' };
const E11: DemoRefundCode = { code: 'E11', system: 'ICD-10', text: 'Diabetes mellitus type 2' };
const R95: DemoRefundCode = { code: 'R95', system: 'ICPC-2', text: 'Kronisk obstruktiv lungesykdom' };
const R96: DemoRefundCode = { code: 'R96', system: 'ICPC-2', text: 'Astma' };
const J44: DemoRefundCode = { code: 'J44', system: 'ICD-10', text: 'Annen kronisk obstruktiv lungesykdom' };
const J45: DemoRefundCode = { code: 'J45', system: 'ICD-10', text: 'Astma' };
const AIRWAYS = [R96, R95, J45, J44];
const LIPIDS: DemoRefundCode[] = [
  {
    code: '-26',
    system: 'FEST-7434',
    text: 'Etablert aterosklerotisk sykdom (sekundærprevensjon)',
    conditions: ['STATIN'],
  },
  {
    code: '-27',
    system: 'FEST-7434',
    text: 'Betydelig forhøyet risiko for å utvikle aterosklerotisk sykdom (primærprevensjon)',
    conditions: ['STATIN'],
  },
  { code: 'T93', system: 'ICPC-2', text: 'Lipidstoffskifte forstyrrelse', conditions: ['STATIN'] },
];
const SECOND_LINE_DIABETES: DemoRefundCode[] = [
  { ...T90, conditions: ['DIABETES_SECOND_LINE'] },
  { ...E11, conditions: ['DIABETES_SECOND_LINE'] },
];
const DEPRESSION: DemoRefundCode[] = [
  { code: 'P76', system: 'ICPC-2', text: 'Depressiv lidelse' },
  { code: 'F32', system: 'ICD-10', text: 'Depressiv episode' },
  { code: 'F33', system: 'ICD-10', text: 'Tilbakevendende depressiv lidelse' },
];

const demoUse = (what: string): string => `Demodata: ${what}.`;

/** Blåreseptforskriften § 2 (code list 7427: 200 = §5-14 §2). */
export const DEMO_REFUND_GROUPS: readonly DemoRefundGroup[] = [
  { atc: 'C08CA01', eligibleUse: demoUse('Hypertensjon'), codes: HYPERTENSION },
  { atc: 'C09CA01', eligibleUse: demoUse('Hypertensjon'), codes: HYPERTENSION },
  { atc: 'C09DA01', eligibleUse: demoUse('Hypertensjon'), codes: HYPERTENSION },
  { atc: 'C09AA05', eligibleUse: demoUse('Hypertensjon'), codes: HYPERTENSION },
  {
    atc: 'C07AB02',
    eligibleUse: demoUse('Hypertensjon og iskemisk hjertesykdom'),
    codes: [...HYPERTENSION, { code: 'K76', system: 'ICPC-2', text: 'Iskemisk hjertesykdom kronisk IKA' }],
  },
  { atc: 'C03AA03', eligibleUse: demoUse('Hypertensjon'), codes: HYPERTENSION },
  { atc: 'C10AA05', eligibleUse: demoUse('Forebygging av aterosklerotisk sykdom'), codes: LIPIDS },
  { atc: 'C10AA01', eligibleUse: demoUse('Forebygging av aterosklerotisk sykdom'), codes: LIPIDS },
  { atc: 'A10BA02', eligibleUse: demoUse('Diabetes type 2'), codes: [T90, E11] },
  { atc: 'A10BK03', eligibleUse: demoUse('Diabetes type 2, annenlinje'), codes: SECOND_LINE_DIABETES },
  { atc: 'A10BH01', eligibleUse: demoUse('Diabetes type 2, annenlinje'), codes: SECOND_LINE_DIABETES },
  { atc: 'R03AC02', eligibleUse: demoUse('Astma og kols'), codes: AIRWAYS },
  { atc: 'R03AK07', eligibleUse: demoUse('Astma og kols'), codes: AIRWAYS },
  {
    atc: 'H03AA01',
    eligibleUse: demoUse('Hypotyreose'),
    codes: [
      { code: 'T86', system: 'ICPC-2', text: 'Hypotyreose/myksødem' },
      { code: 'E03', system: 'ICD-10', text: 'Annen hypotyreose' },
    ],
  },
  {
    atc: 'B01AA03',
    eligibleUse: demoUse('Antikoagulasjon'),
    codes: [
      { code: 'K78', system: 'ICPC-2', text: 'Atrieflimmer/flutter' },
      { code: 'I48', system: 'ICD-10', text: 'Atrieflimmer og atrieflutter' },
      { code: '-11', system: 'FEST-7434', text: 'Antikoagulasjon - teknisk bruk' },
    ],
  },
  {
    atc: 'B01AF02',
    eligibleUse: demoUse('Forebygging av hjerneslag ved atrieflimmer'),
    codes: [
      { code: 'K78', system: 'ICPC-2', text: 'Atrieflimmer/flutter', conditions: ['ANTICOAGULATION'] },
      { code: 'I48', system: 'ICD-10', text: 'Atrieflimmer og atrieflutter', conditions: ['ANTICOAGULATION'] },
    ],
  },
  { atc: 'N06AB06', eligibleUse: demoUse('Depresjon'), codes: DEPRESSION },
  { atc: 'N06AB10', eligibleUse: demoUse('Depresjon'), codes: DEPRESSION },
  { atc: 'N06AX11', eligibleUse: demoUse('Depresjon'), codes: DEPRESSION },
  {
    atc: 'A02BC01',
    eligibleUse: demoUse('Refluksøsofagitt'),
    codes: [
      { code: 'D84', system: 'ICPC-2', text: 'Spiserørssykdom', conditions: ['PPI'] },
      { code: 'K21', system: 'ICD-10', text: 'Gastroøsofageal reflukssykdom', conditions: ['PPI'] },
    ],
  },
  {
    atc: 'A02BC02',
    eligibleUse: demoUse('Refluksøsofagitt'),
    codes: [
      { code: 'D84', system: 'ICPC-2', text: 'Spiserørssykdom', conditions: ['PPI'] },
      { code: 'K21', system: 'ICD-10', text: 'Gastroøsofageal reflukssykdom', conditions: ['PPI'] },
    ],
  },
  {
    atc: 'L04AX03',
    eligibleUse: demoUse('Revmatoid artritt'),
    codes: [
      { code: 'L88', system: 'ICPC-2', text: 'Reumatoid artritt/reumatisk sykdom' },
      { code: 'M06', system: 'ICD-10', text: 'Annen revmatoid artritt' },
    ],
  },
];

export interface DemoInteraction {
  key: string;
  /** Code list 7483: 1 bør unngås, 2 forholdsregler bør tas, 3 ingen tiltak nødvendig. */
  relevance: '1' | '2' | '3';
  /** Code list 7485: 1 interaksjonsstudier, 2 kasusrapporter, 3 begge, 4 indirekte data. */
  basis: '1' | '2' | '3' | '4';
  consequence: string;
  mechanism: string;
  handling: string;
  source: string;
  /** Two substance groups, each a list of ATC codes (names come from the ATC list). */
  groups: readonly [readonly string[], readonly string[]];
  groupNames?: readonly [string | undefined, string | undefined];
}

export const DEMO_INTERACTIONS: readonly DemoInteraction[] = [
  {
    key: 'WARFARIN_NSAID',
    relevance: '1',
    basis: '3',
    consequence: 'Økt risiko for alvorlig blødning, særlig fra mage-tarmkanalen.',
    mechanism: 'NSAID hemmer blodplatefunksjonen og skader slimhinnen i magesekken; warfarin hemmer koagulasjonen.',
    handling:
      'Unngå kombinasjonen. Velg paracetamol ved smerter. Er NSAID nødvendig: kortest mulig tid, vurder protonpumpehemmer og kontroller INR.',
    source: 'Demodata for Allmenn, sammenfattet fra preparatomtalene til Marevan, Brufen og Naproxen Mylan (pkt. 4.5).',
    groups: [['B01AA03'], ['M01AE01', 'M01AE02']],
    groupNames: [undefined, 'NSAID'],
  },
  {
    key: 'WARFARIN_DOXYCYCLINE',
    relevance: '2',
    basis: '2',
    consequence: 'Økt antikoagulerende effekt med stigende INR og blødningsrisiko.',
    mechanism: 'Usikker; tetrasykliner kan redusere vitamin K-produserende tarmbakterier og påvirke koagulasjonen.',
    handling: 'Kontroller INR i løpet av første behandlingsuke og etter avsluttet kur, og juster warfarindosen.',
    source: 'Demodata for Allmenn, sammenfattet fra preparatomtalen til Marevan (pkt. 4.5).',
    groups: [['B01AA03'], ['J01AA02']],
  },
  {
    key: 'SIMVASTATIN_CLARITHROMYCIN',
    relevance: '1',
    basis: '1',
    consequence: 'Kraftig økt simvastatinkonsentrasjon med risiko for myopati og rabdomyolyse.',
    mechanism: 'Klaritromycin hemmer CYP3A4 sterkt, og simvastatin brytes ned via CYP3A4.',
    handling:
      'Kombinasjonen er kontraindisert. Gjør pause med simvastatin under kuren, eller velg et annet antibiotikum.',
    source: 'Demodata for Allmenn, sammenfattet fra preparatomtalene til Zocor og Klacid (pkt. 4.3 og 4.5).',
    groups: [['C10AA01'], ['J01FA09']],
  },
  {
    key: 'SSRI_TRAMADOL',
    relevance: '2',
    basis: '3',
    consequence: 'Risiko for serotonergt syndrom og senket krampeterskel.',
    mechanism: 'Både tramadol og SSRI øker serotonerg aktivitet; SSRI hemmer også CYP2D6-omdanningen av tramadol.',
    handling:
      'Bruk lav dose og følg pasienten med tanke på uro, skjelving, feber og muskelrykninger. Vurder annet analgetikum.',
    source:
      'Demodata for Allmenn, sammenfattet fra preparatomtalene til Nobligan, Zoloft og Cipralex (pkt. 4.4 og 4.5).',
    groups: [['N06AB06', 'N06AB10'], ['N02AX02']],
    groupNames: ['SSRI', undefined],
  },
  {
    key: 'METHOTREXATE_TRIMETHOPRIM',
    relevance: '1',
    basis: '2',
    consequence: 'Alvorlig benmargssuppresjon (pancytopeni), også ved lav ukentlig metotreksatdose.',
    mechanism: 'Begge hemmer folsyremetabolismen, og trimetoprim reduserer den renale utskillelsen av metotreksat.',
    handling:
      'Unngå kombinasjonen; velg et annet middel mot urinveisinfeksjon, for eksempel pivmecillinam eller nitrofurantoin.',
    source: 'Demodata for Allmenn, sammenfattet fra preparatomtalene for metotreksat og Trimopan (pkt. 4.5).',
    groups: [['L04AX03'], ['J01EA01']],
  },
  {
    key: 'OPIOID_BENZODIAZEPINE',
    relevance: '2',
    basis: '3',
    consequence: 'Økt sedasjon og risiko for respirasjonsdepresjon, koma og død.',
    mechanism: 'Additiv hemming av sentralnervesystemet.',
    handling:
      'Forskriv samtidig bare når alternativer mangler, i lavest mulige doser og kortest mulig tid. Informer pasienten.',
    source:
      'Demodata for Allmenn, sammenfattet fra preparatomtalene til OxyNorm, Nobligan og Paralgin forte (pkt. 4.4).',
    groups: [
      ['N02AA05', 'N02AX02', 'N02AJ06'],
      ['N05BA01', 'N05BA04', 'N05CF01', 'N05CF02'],
    ],
    groupNames: ['Opioider', 'Benzodiazepiner og z-hypnotika'],
  },
  {
    key: 'APIXABAN_NSAID',
    relevance: '2',
    basis: '4',
    consequence: 'Økt blødningsrisiko.',
    mechanism: 'NSAID hemmer blodplatefunksjonen; apiksaban hemmer faktor Xa.',
    handling: 'Unngå langvarig samtidig bruk; velg paracetamol ved smerter. Vær oppmerksom på tegn til blødning.',
    source: 'Demodata for Allmenn, sammenfattet fra preparatomtalen til Eliquis (pkt. 4.4 og 4.5).',
    groups: [['B01AF02'], ['M01AE01', 'M01AE02']],
    groupNames: [undefined, 'NSAID'],
  },
];
