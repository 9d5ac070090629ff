/**
 * Phrase banks for generated journal notes: the telegraphic bokmål of Norwegian general practice, by kind of
 * consultation. The search benchmark needs an index whose vocabulary and word frequencies look like a real
 * clinic's (a few very common words, a long tail of rare ones), not lorem ipsum. {d}, {w}, {n} and the like are
 * filled with numbers by the generator. All text is invented.
 */
import type { MeasurementKind } from '../../shared/rules/measurements';

export interface Topic {
  /** Relative frequency among consultations. */
  weight: number;
  reasons: readonly string[];
  anamnese: readonly string[];
  funn: readonly string[];
  vurdering: readonly string[];
  tiltak: readonly string[];
  /** ICPC-2 codes; the first is usually the main diagnosis, `lasting` puts it on the problem list. */
  codes: readonly { code: string; lasting?: boolean }[];
  measurements: readonly MeasurementKind[];
}

export const TOPICS: readonly Topic[] = [
  {
    weight: 10,
    reasons: [
      'Hoste og feber',
      'Forkjølet i {d} dager',
      'Sår hals og hoste',
      'Tett nese, hodepine',
      'Hoste i {w} uker',
    ],
    anamnese: [
      'Hoste i {d} dager, først tørr, nå noe slim.',
      'Feber opp mot {temp} grader i går kveld, brukt paracetamol.',
      'Sår hals, vondt å svelge. Ingen tungpust.',
      'Tett nese og trykk over bihulene, verst foroverbøyd.',
      'Flere i familien har vært forkjølet.',
      'Ikke røyker. Ingen kjent astma.',
      'Spiser og drikker greit. Sover dårlig pga hoste.',
      'Har vært på jobb, men føler seg slapp.',
    ],
    funn: [
      'Upåvirket allmenntilstand. Temp {temp}.',
      'Lett injisert svelg, ingen belegg på tonsillene.',
      'Cor: regelmessig, ingen bilyder. Pulm: vesikulær respirasjonslyd bilateralt, ingen knatrelyder.',
      'Ørene: normale trommehinner bilateralt.',
      'Ikke ømme glandler på halsen.',
      'SpO2 {spo2} %, respirasjonsfrekvens normal.',
      'CRP {crp}.',
    ],
    vurdering: [
      'Trolig viral øvre luftveisinfeksjon.',
      'Forkjølelse, ingen holdepunkter for bakteriell infeksjon.',
      'Postviral hoste, forventes å gå over.',
      'Mulig bihulebetennelse, avventer antibiotika.',
    ],
    tiltak: [
      'Symptomatisk behandling, rikelig drikke, paracetamol ved behov.',
      'Nesespray i inntil {d} dager.',
      'Ny kontakt ved forverring, tung pust eller feber over {d} dager.',
      'Egenmelding, ikke behov for sykmelding.',
      'Informert om forventet forløp.',
    ],
    codes: [{ code: 'R74' }, { code: 'R05' }, { code: 'A03' }],
    measurements: ['temp', 'crp', 'spo2'],
  },
  {
    weight: 9,
    reasons: ['Blodtrykkskontroll', 'Kontroll hypertensjon', 'BT-kontroll og reseptfornyelse', 'Kontroll blodtrykk'],
    anamnese: [
      'Kommer til årlig kontroll av hypertensjon. Bruker amlodipin {n} mg.',
      'Hjemmemålinger rundt {bt}. Ingen hodepine eller svimmelhet.',
      'Tar medisinene fast, ingen bivirkninger.',
      'Går tur daglig, prøver å redusere saltinntaket.',
      'Noe ankelødem etter oppstart med amlodipin.',
      'Har sluttet å røyke for {n} år siden.',
    ],
    funn: [
      'BT {bt} sittende etter hvile, puls {puls} regelmessig.',
      'Cor: regelmessig rytme, ingen bilyder.',
      'Ingen perifere ødemer.',
      'Vekt {vekt} kg.',
      'Blodprøver: kreatinin og elektrolytter normale.',
    ],
    vurdering: [
      'Hypertensjon, velregulert på nåværende behandling.',
      'Blodtrykket fortsatt over behandlingsmålet.',
      'Hypertensjon, akseptabelt regulert.',
    ],
    tiltak: [
      'Fortsetter uendret. Ny kontroll om ett år med blodprøver.',
      'Øker dosen av losartan til {n} mg. Ny BT-kontroll om {w} uker.',
      'Resept fornyet.',
      'Råd om fysisk aktivitet og kosthold.',
    ],
    codes: [
      { code: 'K86', lasting: true },
      { code: 'T93', lasting: true },
    ],
    measurements: ['bt_sys', 'bt_dia', 'puls', 'vekt'],
  },
  {
    weight: 7,
    reasons: ['Diabeteskontroll', 'Kontroll diabetes type 2', 'Årskontroll diabetes', 'HbA1c-kontroll'],
    anamnese: [
      'Årskontroll diabetes type 2. Bruker metformin {n} mg x 2.',
      'Føler seg bra. Ingen hypoglykemier.',
      'Har gått ned {d} kg siden sist, trener to ganger i uken.',
      'Noe nummenhet i føttene om kvelden.',
      'Øyelegekontroll for {n} måneder siden uten retinopati.',
      'Strever med kostholdet i hverdagen.',
    ],
    funn: [
      'HbA1c {hba1c}. Vekt {vekt} kg. BT {bt}.',
      'Fotundersøkelse: gode fotpulser, normal monofilament bilateralt.',
      'Ingen sår på føttene.',
      'Urin albumin/kreatinin-ratio normal.',
      'Lipider: LDL {n},{n}.',
    ],
    vurdering: [
      'Diabetes type 2, god glykemisk kontroll.',
      'Diabetes type 2, HbA1c over målet.',
      'Stabil diabetes uten kjente senkomplikasjoner.',
    ],
    tiltak: [
      'Fortsetter metformin. Henvist til diabetessykepleier.',
      'Starter empagliflozin {n} mg. Kontroll om {n} måneder.',
      'Årlig øyekontroll, fotstatus neste år.',
      'Kostholdsveiledning gitt.',
    ],
    codes: [{ code: 'T90', lasting: true }, { code: 'T93', lasting: true }, { code: 'T82' }],
    measurements: ['hba1c', 'vekt', 'bt_sys', 'bt_dia', 'glukose'],
  },
  {
    weight: 7,
    reasons: ['Ryggsmerter', 'Vondt i korsryggen', 'Lumbago', 'Ryggsmerter med utstråling til benet'],
    anamnese: [
      'Akutt innsettende smerter i korsryggen etter løft for {d} dager siden.',
      'Smertene stråler ned i venstre ben, til kneet.',
      'Ingen problemer med vannlating eller avføring. Ingen nummenhet i setet.',
      'Har tatt ibuprofen med noe effekt.',
      'Tung jobb som hjelpepleier, mye løft.',
      'Tidligere hatt lignende episoder som gikk over av seg selv.',
    ],
    funn: [
      'Går uten halting, stiv i bevegelsene.',
      'Palpasjonsøm paravertebralt lumbalt.',
      'Lasègue negativ bilateralt. Normal kraft og refleksser i underekstremitetene.',
      'Nedsatt fleksjon i lumbalcolumna.',
    ],
    vurdering: [
      'Uspesifikke korsryggsmerter uten tegn til nerverotaffeksjon.',
      'Lumbago med utstråling, ingen røde flagg.',
      'Ryggsmerter, trolig muskulære.',
    ],
    tiltak: [
      'Råd om å holde seg i aktivitet. NSAIDs ved behov.',
      'Sykmeldt {n} uke, gradert.',
      'Henvist til fysioterapeut.',
      'Ny kontroll om {w} uker om ikke bedre.',
    ],
    codes: [{ code: 'L03' }, { code: 'L84' }, { code: 'L86' }],
    measurements: [],
  },
  {
    weight: 6,
    reasons: ['Angst og uro', 'Nedstemthet', 'Psykisk helse', 'Søvnvansker og angst', 'Oppfølging depresjon'],
    anamnese: [
      'Har vært nedstemt i {w} uker, mindre glede i hverdagen.',
      'Sover dårlig, våkner tidlig og får ikke sove igjen.',
      'Angstanfall med hjertebank og tungpust, særlig i butikker.',
      'Stress på jobben og i familien.',
      'Ingen suicidale tanker. Har gode venner rundt seg.',
      'Bruker ikke alkohol i særlig grad.',
      'Sertralin {n} mg siden forrige kontroll, noe bedre.',
    ],
    funn: [
      'Adekvat kontakt. Senket stemningsleie, ikke psykotisk.',
      'MADRS {n} poeng.',
      'Ingen tegn til rus.',
      'God tankegang, ingen suicidalitet ved direkte spørsmål.',
    ],
    vurdering: [
      'Moderat depressiv episode.',
      'Generalisert angstlidelse.',
      'Tilpasningsforstyrrelse etter belastning på jobb.',
      'Bedring av depresjon på behandling.',
    ],
    tiltak: [
      'Samtale. Informert om Rask psykisk helsehjelp i kommunen.',
      'Starter sertralin {n} mg. Kontroll om {w} uker.',
      'Sykmeldt {w} uker.',
      'Ny samtale om {w} uker. Kontakter legevakt ved forverring.',
    ],
    codes: [{ code: 'P76', lasting: true }, { code: 'P74', lasting: true }, { code: 'P06' }, { code: 'P29' }],
    measurements: [],
  },
  {
    weight: 5,
    reasons: ['Svie ved vannlating', 'Urinveisinfeksjon', 'Hyppig vannlating', 'Blære'],
    anamnese: [
      'Svie ved vannlating og hyppig trang i {d} dager.',
      'Ingen feber eller flankesmerter.',
      'Ikke gravid. Hatt lignende plager for et år siden.',
      'Litt blod i urinen i går.',
    ],
    funn: [
      'Urinstiks: leukocytter og nitritt positiv.',
      'Ikke bankeøm over nyrelosjene.',
      'Temp {temp}.',
      'Urin sendt til dyrkning.',
    ],
    vurdering: ['Ukomplisert nedre urinveisinfeksjon.', 'Cystitt.', 'Mulig urinveisinfeksjon, avventer dyrkning.'],
    tiltak: [
      'Pivmecillinam 400 mg x 3 i 3 dager.',
      'Nitrofurantoin 50 mg x 4 i 5 dager.',
      'Ny kontakt ved feber eller manglende bedring.',
      'Rikelig drikke.',
    ],
    codes: [{ code: 'U71' }],
    measurements: ['temp'],
  },
  {
    weight: 3,
    reasons: ['Brystsmerter', 'Trykk i brystet', 'Smerter i brystet ved anstrengelse'],
    anamnese: [
      'Trykkende smerter midt i brystet ved anstrengelse siste {w} uker.',
      'Smertene går over i hvile etter noen minutter.',
      'Ingen utstråling. Ingen tungpust i hvile.',
      'Far hadde hjerteinfarkt i {n}-årene.',
      'Stikkende smerter som forverres ved dyp inspirasjon.',
    ],
    funn: [
      'EKG: sinusrytme, ingen ST-forandringer.',
      'BT {bt}, puls {puls}.',
      'Palpasjonsøm over sternum.',
      'Cor/pulm: upåfallende.',
      'Troponin negativ.',
    ],
    vurdering: [
      'Mistanke om stabil angina pectoris.',
      'Muskuloskeletale brystsmerter.',
      'Atypiske brystsmerter, lav sannsynlighet for koronarsykdom.',
    ],
    tiltak: [
      'Henvist til kardiolog for arbeids-EKG.',
      'Nitroglyserin ved behov. Informert om å ringe 113 ved vedvarende smerter.',
      'Kontroll om {w} uker.',
    ],
    codes: [{ code: 'A11' }, { code: 'K74', lasting: true }],
    measurements: ['bt_sys', 'bt_dia', 'puls'],
  },
  {
    weight: 4,
    reasons: ['Hodepine', 'Migrene', 'Hodepine og kvalme'],
    anamnese: [
      'Hodepine nesten daglig siste {w} uker, verst om ettermiddagen.',
      'Anfall med bankende hodepine, lys- og lydskyhet, kvalme.',
      'Bruker smertestillende {n} dager i måneden.',
      'Mye skjermarbeid og lite søvn.',
      'Ingen synsforstyrrelser eller nevrologiske utfall.',
    ],
    funn: [
      'Normal nevrologisk undersøkelse.',
      'Stram muskulatur i nakke og skuldre.',
      'BT {bt}.',
      'Fundoskopi normal.',
    ],
    vurdering: ['Spenningshodepine.', 'Migrene uten aura.', 'Mulig medikamentoverforbrukshodepine.'],
    tiltak: [
      'Sumatriptan ved anfall.',
      'Råd om regelmessig søvn og pauser fra skjerm.',
      'Hodepinedagbok, kontroll om {w} uker.',
    ],
    codes: [{ code: 'N01' }, { code: 'N89', lasting: true }],
    measurements: ['bt_sys', 'bt_dia'],
  },
  {
    weight: 4,
    reasons: ['Utslett', 'Eksem', 'Kløe i huden', 'Føflekk'],
    anamnese: [
      'Kløende utslett på hendene i {w} uker.',
      'Tørr hud og eksem fra barndommen, verre om vinteren.',
      'Ny føflekk på ryggen som partner mener har vokst.',
      'Har prøvd fuktighetskrem uten effekt.',
    ],
    funn: [
      'Rødt, skjellende utslett på håndryggene bilateralt.',
      'Dermatoskopi: symmetrisk pigmentert nevus, regelmessig nettverk.',
      'Ekskoriasjoner i albuebøyene.',
    ],
    vurdering: ['Atopisk eksem.', 'Kontakteksem.', 'Benign nevus.'],
    tiltak: [
      'Gruppe III steroidkrem i {d} dager, deretter fuktighetskrem.',
      'Fjerning av føflekk ved neste time.',
      'Henvist til hudlege.',
    ],
    codes: [{ code: 'S87', lasting: true }, { code: 'S88' }],
    measurements: [],
  },
  {
    weight: 4,
    reasons: ['Reseptfornyelse', 'Fornye resepter', 'Resept'],
    anamnese: [
      'Ønsker fornyet faste medisiner.',
      'Bruker levotyroksin {n} mikrogram, atorvastatin {n} mg.',
      'Ingen endringer i helsetilstanden siden sist.',
    ],
    funn: ['Ingen undersøkelse, kontakt via Helsenorge.', 'TSH og lipider tatt for {n} måneder siden, normale.'],
    vurdering: ['Stabil på faste medisiner.', 'Ingen endring i behandlingen.'],
    tiltak: ['Resepter fornyet for ett år.', 'Kontroll med blodprøver før neste fornyelse.'],
    codes: [{ code: 'A97' }, { code: 'T93', lasting: true }],
    measurements: [],
  },
  {
    weight: 3,
    reasons: ['Astmakontroll', 'Tungpust', 'KOLS-kontroll', 'Piping i brystet'],
    anamnese: [
      'Astma, bruker inhalasjonssteroid og salbutamol ved behov.',
      'Mer tungpust siste {w} uker, bruker salbutamol daglig.',
      'KOLS, tidligere røyker {n} pakkeår.',
      'Nattlig hoste og piping.',
    ],
    funn: [
      'Spirometri: FEV1 {n} % av forventet.',
      'Pulm: spredte pipelyder ved forsert ekspirasjon.',
      'SpO2 {spo2} %.',
      'Ingen forlenget ekspirasjon i hvile.',
    ],
    vurdering: ['Astma, dårlig kontrollert.', 'KOLS i stabil fase.', 'Lett forverring av astma.'],
    tiltak: [
      'Øker inhalasjonssteroid. Gjennomgått inhalasjonsteknikk.',
      'Henvist til lungelege.',
      'Prednisolon {n} mg i {d} dager.',
      'Influensavaksine anbefalt.',
    ],
    codes: [
      { code: 'R96', lasting: true },
      { code: 'R95', lasting: true },
    ],
    measurements: ['spo2', 'puls'],
  },
  {
    weight: 3,
    reasons: ['Øreverk', 'Vondt i øret', 'Ørevoks'],
    anamnese: [
      'Vondt i høyre øre siden i går, feber.',
      'Nedsatt hørsel og dottfølelse i øret.',
      'Forkjølet siste uke.',
    ],
    funn: ['Rød, buktende trommehinne høyre side.', 'Voksplugg i begge øregangene.', 'Temp {temp}.'],
    vurdering: ['Akutt mellomørebetennelse.', 'Ørevoks.', 'Tubekatarr etter forkjølelse.'],
    tiltak: [
      'Smertestillende, avventer antibiotika i {d} dager.',
      'Ørevoks skylt ut, god effekt.',
      'Fenoksymetylpenicillin ved manglende bedring.',
    ],
    codes: [{ code: 'H71' }, { code: 'H81' }],
    measurements: ['temp'],
  },
  {
    weight: 3,
    reasons: ['Magesmerter', 'Diaré og oppkast', 'Vondt i magen', 'Halsbrann'],
    anamnese: [
      'Magesmerter og løs avføring i {d} dager.',
      'Oppkast i natt, klarer å drikke.',
      'Sure oppstøt og halsbrann etter måltider.',
      'Vekslende avføring og oppblåsthet over lang tid.',
    ],
    funn: ['Bløt buk, diffust øm, ingen slipp-ømhet.', 'Normale tarmlyder.', 'Ikke dehydrert.', 'Hb {hb}.'],
    vurdering: ['Gastroenteritt, trolig viral.', 'Dyspepsi.', 'Irritabel tarm.'],
    tiltak: [
      'Rikelig drikke. Ny kontakt ved blod i avføringen.',
      'Protonpumpehemmer i {w} uker.',
      'Blodprøver og avføringsprøve for kalprotektin.',
    ],
    codes: [{ code: 'D01' }, { code: 'D73' }, { code: 'D87' }, { code: 'D93', lasting: true }],
    measurements: ['hb'],
  },
  {
    weight: 2,
    reasons: ['Svimmelhet', 'Svimmel ved oppreisning'],
    anamnese: [
      'Svimmel ved rask oppreisning siste {w} uker.',
      'Karusellsvimmelhet ved hodebevegelser.',
      'Ingen hørselstap eller øresus.',
    ],
    funn: ['Ortostatisk BT-fall fra {bt}.', 'Dix-Hallpike positiv mot høyre.', 'Normal nevrologisk status.'],
    vurdering: ['Benign paroksysmal posisjonsvertigo.', 'Ortostatisk hypotensjon.'],
    tiltak: ['Epleys manøver utført.', 'Gjennomgått medisinlisten, reduserer blodtrykksmedisin.'],
    codes: [{ code: 'N17' }],
    measurements: ['bt_sys', 'bt_dia', 'puls'],
  },
  {
    weight: 3,
    reasons: ['Vondt i kneet', 'Skulderplager', 'Kneskade', 'Vondt i skulderen'],
    anamnese: [
      'Vred kneet i fotball for {d} dager siden, hoven.',
      'Smerter i skulderen ved løft over hodet i {w} uker.',
      'Gradvis økende smerter i kneet ved gange i trapper.',
    ],
    funn: [
      'Lett hydrops i kneet, stabile leddbånd.',
      'Smertefull bue ved abduksjon, positiv impingement.',
      'Krepitasjoner ved bevegelse av kneet.',
    ],
    vurdering: ['Kneskade, mulig meniskskade.', 'Skuldersyndrom.', 'Artrose i kneet.'],
    tiltak: [
      'Henvist til MR av kneet.',
      'Henvist til fysioterapi.',
      'Kortisoninjeksjon i skulderen.',
      'Paracetamol og tilpasset aktivitet.',
    ],
    codes: [{ code: 'L15' }, { code: 'L92' }, { code: 'L90', lasting: true }],
    measurements: [],
  },
  {
    weight: 2,
    reasons: ['Svangerskapskontroll', 'Gravid, første kontroll'],
    anamnese: ['Gravid i uke {n}. Føler seg bra.', 'Noe kvalme om morgenen, spiser små måltider.', 'Kjenner liv.'],
    funn: ['BT {bt}. Urinstiks negativ.', 'Symfyse-fundus-mål følger kurven.', 'Vekt {vekt} kg.'],
    vurdering: ['Normalt svangerskap.'],
    tiltak: ['Ny kontroll om {w} uker hos jordmor.', 'Helsekort for gravide utfylt.'],
    codes: [{ code: 'W78' }],
    measurements: ['bt_sys', 'bt_dia', 'vekt'],
  },
  {
    weight: 3,
    reasons: ['Slapp og trett', 'Tretthet', 'Blodprøvekontroll'],
    anamnese: ['Vært trett og uopplagt i {n} måneder.', 'Kraftige menstruasjoner.', 'Ingen vekttap eller nattesvette.'],
    funn: ['Hb {hb}, ferritin lav.', 'TSH normal.', 'Blek hud og slimhinner.'],
    vurdering: ['Jernmangelanemi.', 'Tretthet uten funn.', 'Tretthet, trolig sammensatt årsak.'],
    tiltak: ['Jerntilskudd i {n} måneder, ny Hb om {w} uker.', 'Råd om søvn og aktivitet.'],
    codes: [{ code: 'A04' }, { code: 'B80' }],
    measurements: ['hb'],
  },
  {
    weight: 2,
    reasons: ['Hjertebank', 'Uregelmessig puls', 'Kontroll atrieflimmer'],
    anamnese: ['Kjent atrieflimmer, bruker apixaban.', 'Anfall med hjertebank og uro i brystet.'],
    funn: ['EKG: atrieflimmer, frekvens {puls}.', 'Puls {puls} uregelmessig.', 'Ingen ødemer.'],
    vurdering: ['Atrieflimmer, frekvensregulert.', 'Paroksysmal atrieflimmer.'],
    tiltak: ['Fortsetter antikoagulasjon.', 'Henvist til kardiolog.', 'Metoprolol økes.'],
    codes: [{ code: 'K78', lasting: true }],
    measurements: ['puls', 'bt_sys', 'bt_dia'],
  },
  {
    weight: 3,
    reasons: ['Sykmelding', 'Samtale om arbeid', 'Oppfølging sykmelding'],
    anamnese: [
      'Sykmeldt i {w} uker, planlegger gradert retur.',
      'Dialogmøte med arbeidsgiver neste uke.',
      'Vanskelig situasjon på arbeidsplassen.',
    ],
    funn: ['Ingen undersøkelse.'],
    vurdering: ['Nedsatt arbeidsevne, bedring.', 'Arbeidsrelatert belastning.'],
    tiltak: ['Gradert sykmelding {n} prosent i {w} uker.', 'Skrevet legeerklæring til NAV.'],
    codes: [{ code: 'Z05' }, { code: 'A97' }],
    measurements: [],
  },
  {
    weight: 2,
    reasons: ['Vaksinasjon', 'Helsekontroll', 'Sertifikatattest'],
    anamnese: ['Ønsker influensavaksine.', 'Helseattest for førerkort.', 'Reiser til Asia, ønsker vaksineråd.'],
    funn: ['Visus normal. BT {bt}.', 'Ingen kontraindikasjoner.'],
    vurdering: ['Frisk.', 'Oppfyller helsekravene.'],
    tiltak: ['Vaksine gitt i venstre overarm.', 'Attest utfylt.'],
    codes: [{ code: 'A98' }, { code: 'A97' }],
    measurements: ['bt_sys', 'bt_dia'],
  },
];

/** Sentences any consultation may carry. */
export const COMMON_ANAMNESE = [
  'Ingen kjente allergier.',
  'Ellers frisk.',
  'Bruker ingen faste medisiner.',
  'Pasienten forteller selv.',
  'Kom sammen med ektefelle.',
  'Tolk til stede.',
];

export const COMMON_TILTAK = [
  'Kontakt ved behov.',
  'Ny time om {w} uker.',
  'Pasienten er informert og enig i planen.',
  'Epikrise sendes fastlegen.',
];

/** Words seen in a handful of notes in the whole clinic: the tail the rare-word searches go after. */
export const RARE_TERMS = [
  'sarkoidose',
  'hemokromatose',
  'amyloidose',
  'porfyri',
  'akromegali',
  'feokromocytom',
  'myasthenia',
  'takayasu',
  'sklerodermi',
  'cøliaki',
  'Bechterew',
  'polymyalgia',
  'Raynauds',
  'hyperparatyreoidisme',
  'narkolepsi',
];

export const RARE_SENTENCES = [
  'Tidligere utredet for {rare} ved sykehuset, ikke bekreftet.',
  'Kjent {rare}, følges av spesialist.',
  'Søster har {rare}.',
];

/**
 * The long tail of a real journal's vocabulary: medicines by name, work and where people live. {drug} and {place}
 * come from the ATC and postnummer registers, {job} from OCCUPATIONS, so the index holds thousands of rare words.
 */
export const TAIL_SENTENCES = [
  'Bruker {drug} fast.',
  'Resept på {drug}.',
  'Seponerer {drug} pga bivirkninger.',
  'Tidligere forsøkt {drug} uten effekt.',
  'Legemiddelgjennomgang: {drug} og {drug}.',
  'Jobber som {job}.',
  'Bor i {place}, reiser hjem i morgen.',
  'Var på hytta i {place} da plagene startet.',
  'Jobber som {job} i {place}.',
];

export const OCCUPATIONS = [
  'sykepleier',
  'hjelpepleier',
  'lærer',
  'barnehageassistent',
  'snekker',
  'elektriker',
  'rørlegger',
  'sjåfør',
  'bussjåfør',
  'lagermedarbeider',
  'butikkmedarbeider',
  'kokk',
  'servitør',
  'frisør',
  'fisker',
  'bonde',
  'ingeniør',
  'regnskapsfører',
  'saksbehandler',
  'renholder',
  'vekter',
  'politibetjent',
  'brannkonstabel',
  'student',
  'pensjonist',
  'fotterapeut',
  'anleggsarbeider',
  'sveiser',
  'mekaniker',
  'økonom',
  'journalist',
  'prest',
  'musiker',
  'offshorearbeider',
  'havbruksoperatør',
  'tannhelsesekretær',
];
