/**
 * The demo address register: real Norwegian hospitals and services BY NAME, so the demo reads like a real
 * clinic's, but every HER-id is made up (the 9999xxxxx range, flagged testValue) and must never be used to send
 * anything outside the demo. Avtalespesialister are fictional practices (no real person is named). Organisation
 * numbers are left out: the demo does not claim to know them. A clinic imports the real register extract from
 * Norsk helsenett's Adresseregisteret with the register importer (referrals/README.md).
 */
export interface DemoAddressEntry {
  herId: string;
  /** The organisation's HER-id (the hospital) when the entry is one of its departments. */
  parentHerId: string | null;
  name: string;
  department: string | null;
  kind: 'sykehusavdeling' | 'avtalespesialist' | 'dps' | 'radiologi' | 'laboratorium' | 'rehabilitering' | 'annet';
  specialty: string | null;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
}

const HAUGESUND = { addressLine: 'Karmsundsgata 120', postalCode: '5528', city: 'Haugesund' };
const HAUKELAND = { addressLine: 'Jonas Lies vei 65', postalCode: '5021', city: 'Bergen' };
const SUS = { addressLine: 'Gerd-Ragna Bloch Thorsens gate 8', postalCode: '4011', city: 'Stavanger' };

export const DEMO_ADDRESS_REGISTER: readonly DemoAddressEntry[] = [
  {
    herId: '999900101',
    parentHerId: '999900100',
    name: 'Haugesund sjukehus',
    department: 'Medisinsk poliklinikk',
    kind: 'sykehusavdeling',
    specialty: 'Indremedisin',
    ...HAUGESUND,
  },
  {
    herId: '999900102',
    parentHerId: '999900100',
    name: 'Haugesund sjukehus',
    department: 'Kirurgisk poliklinikk',
    kind: 'sykehusavdeling',
    specialty: 'Gastroenterologisk kirurgi',
    ...HAUGESUND,
  },
  {
    herId: '999900103',
    parentHerId: '999900100',
    name: 'Haugesund sjukehus',
    department: 'Ortopedisk poliklinikk',
    kind: 'sykehusavdeling',
    specialty: 'Ortopedisk kirurgi',
    ...HAUGESUND,
  },
  {
    herId: '999900104',
    parentHerId: '999900100',
    name: 'Haugesund sjukehus',
    department: 'Gynekologisk poliklinikk',
    kind: 'sykehusavdeling',
    specialty: 'Fødselshjelp og kvinnesykdommer',
    ...HAUGESUND,
  },
  {
    herId: '999900105',
    parentHerId: '999900100',
    name: 'Haugesund sjukehus',
    department: 'Barnepoliklinikken',
    kind: 'sykehusavdeling',
    specialty: 'Barnesykdommer',
    ...HAUGESUND,
  },
  {
    herId: '999900106',
    parentHerId: '999900100',
    name: 'Haugesund sjukehus',
    department: 'Radiologisk avdeling',
    kind: 'radiologi',
    specialty: 'Radiologi',
    ...HAUGESUND,
  },
  {
    herId: '999900107',
    parentHerId: '999900100',
    name: 'Haugesund sjukehus',
    department: 'Laboratoriemedisin',
    kind: 'laboratorium',
    specialty: 'Medisinsk biokjemi',
    ...HAUGESUND,
  },
  {
    herId: '999900201',
    parentHerId: '999900200',
    name: 'Haugaland DPS',
    department: 'Allmennpsykiatrisk poliklinikk',
    kind: 'dps',
    specialty: 'Psykiatri',
    addressLine: null,
    postalCode: '5528',
    city: 'Haugesund',
  },
  {
    herId: '999900301',
    parentHerId: '999900300',
    name: 'Haukeland universitetssjukehus',
    department: 'Nevrologisk poliklinikk',
    kind: 'sykehusavdeling',
    specialty: 'Nevrologi',
    ...HAUKELAND,
  },
  {
    herId: '999900302',
    parentHerId: '999900300',
    name: 'Haukeland universitetssjukehus',
    department: 'Hjerteavdelinga, poliklinikk',
    kind: 'sykehusavdeling',
    specialty: 'Hjertesykdommer',
    ...HAUKELAND,
  },
  {
    herId: '999900303',
    parentHerId: '999900300',
    name: 'Haukeland universitetssjukehus',
    department: 'Augeavdelinga',
    kind: 'sykehusavdeling',
    specialty: 'Øyesykdommer',
    ...HAUKELAND,
  },
  {
    herId: '999900304',
    parentHerId: '999900300',
    name: 'Haukeland universitetssjukehus',
    department: 'Øyre-nase-hals-avdelinga',
    kind: 'sykehusavdeling',
    specialty: 'Øre-nese-halssykdommer',
    ...HAUKELAND,
  },
  {
    herId: '999900305',
    parentHerId: '999900300',
    name: 'Haukeland universitetssjukehus',
    department: 'Hudavdelinga',
    kind: 'sykehusavdeling',
    specialty: 'Hud- og veneriske sykdommer',
    ...HAUKELAND,
  },
  {
    herId: '999900401',
    parentHerId: '999900400',
    name: 'Stavanger universitetssjukehus',
    department: 'Revmatologisk poliklinikk',
    kind: 'sykehusavdeling',
    specialty: 'Revmatologi',
    ...SUS,
  },
  {
    herId: '999900402',
    parentHerId: '999900400',
    name: 'Stavanger universitetssjukehus',
    department: 'Lungepoliklinikken',
    kind: 'sykehusavdeling',
    specialty: 'Lungesykdommer',
    ...SUS,
  },
  {
    herId: '999900501',
    parentHerId: '999900500',
    name: 'Oslo universitetssykehus, Rikshospitalet',
    department: 'Nevrokirurgisk poliklinikk',
    kind: 'sykehusavdeling',
    specialty: 'Nevrokirurgi',
    addressLine: 'Sognsvannsveien 20',
    postalCode: '0372',
    city: 'Oslo',
  },
  {
    herId: '999900601',
    parentHerId: '999900600',
    name: 'St. Olavs hospital',
    department: 'Kreftklinikken, poliklinikk',
    kind: 'sykehusavdeling',
    specialty: 'Onkologi',
    addressLine: 'Prinsesse Kristinas gate 3',
    postalCode: '7030',
    city: 'Trondheim',
  },
  {
    herId: '999900701',
    parentHerId: '999900700',
    name: 'Sunnaas sykehus',
    department: 'Poliklinikk',
    kind: 'rehabilitering',
    specialty: 'Fysikalsk medisin og rehabilitering',
    addressLine: 'Bjørnemyrveien 11',
    postalCode: '1453',
    city: 'Bjørnemyr',
  },
  {
    herId: '999900801',
    parentHerId: null,
    name: 'Smedasundet øyelegepraksis (fiktiv)',
    department: null,
    kind: 'avtalespesialist',
    specialty: 'Øyesykdommer',
    addressLine: null,
    postalCode: '5528',
    city: 'Haugesund',
  },
  {
    herId: '999900802',
    parentHerId: null,
    name: 'Karmsund hudlegepraksis (fiktiv)',
    department: null,
    kind: 'avtalespesialist',
    specialty: 'Hud- og veneriske sykdommer',
    addressLine: null,
    postalCode: '5523',
    city: 'Haugesund',
  },
];
