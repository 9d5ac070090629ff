import type { Role } from '../schemas/roles';

/** What the renderer may know about the logged-in user and the clinic. The session itself lives in main. */
export interface SessionInfo {
  user: UserSummary;
  clinic: ClinicView;
}

export interface ClinicView {
  name: string;
  organisationNumber: string;
  herId: string;
}

export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  hprNumber: string | null;
  active: boolean;
}

export interface SetupStatus {
  configured: boolean;
}

export interface AuditEventView {
  id: string;
  at: string;
  actorName: string;
  role: string;
  workstation: string;
  action: string;
  outcome: 'success' | 'failure';
  patientId: string | null;
  detail: string | null;
}

export interface PatientSummary {
  id: string;
  identityNumber: string;
  /** fnr, dnr, tnr (Test Norge), hnr (H-nummer from elsewhere) or hnr-clinic (our own hjelpenummer). */
  identityType: string;
  givenName: string;
  middleName: string | null;
  familyName: string;
  birthDate: string;
  sex: 'female' | 'male' | 'unknown';
  status: 'aktiv' | 'flyttet' | 'dod' | 'sammenslaatt';
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  mobilePhone: string | null;
  fastlege: { doctorId: string; doctorName: string } | null;
  onMyList: boolean;
}

export interface RelationView {
  id: string;
  kind: 'next_of_kin' | 'guardian';
  /** The other patient, when the relation links two patients. */
  relatedPatient: { id: string; name: string; birthDate: string } | null;
  name: string | null;
  relation: string | null;
  phone: string | null;
}

export interface CaveEntryView {
  entryId: string;
  version: number;
  allergenAtc: string | null;
  allergenText: string;
  reaction: string | null;
  severity: string;
  certainty: string;
  source: string;
  notedOn: string;
  status: string;
  recordedAt: string;
  recordedBy: string;
}

export interface ListMembershipView {
  doctorId: string;
  doctorName: string;
  fromDate: string;
  toDate: string | null;
}

export interface PatientCard extends PatientSummary {
  otherPhone: string | null;
  email: string | null;
  preferredLanguage: string | null;
  interpreterNeeded: boolean;
  smsConsent: boolean;
  kommune: { number: string; name: string } | null;
  deceasedOn: string | null;
  mergedIntoId: string | null;
  nextOfKin: RelationView[];
  guardians: RelationView[];
  children: RelationView[];
  /** Null when the user's role may not see clinical data (reception). */
  cave: CaveEntryView[] | null;
  listHistory: ListMembershipView[];
}

export interface DoctorListView {
  doctorId: string;
  doctorName: string;
  hprNumber: string | null;
  listCeiling: number | null;
  listLength: number;
  freePlaces: number | null;
  waiting: number;
}

export interface ListChangeView {
  patient: PatientSummary;
  doctorId: string;
  doctorName: string;
  kind: 'ny' | 'sluttet';
  date: string;
}

export interface WaitingListEntryView {
  id: string;
  patient: PatientSummary;
  requestedOn: string;
}

export interface ImportIssue {
  /** 1-based line in the file (the header is line 1; a record with a quoted line break has the line it starts on). */
  line: number;
  code: string;
  message: string;
}

export interface ImportReport {
  imported: number;
  updated: number;
  unchanged: number;
  rejected: ImportIssue[];
  warnings: ImportIssue[];
}

export interface DiagnosisView {
  system: 'ICPC-2' | 'ICD-10';
  code: string;
  title: string;
  isMain: boolean;
  isLasting: boolean;
}

export interface MeasurementView {
  kind: string;
  label: string;
  value: number;
  unit: string;
}

export interface NoteVersionView {
  id: string;
  version: number;
  kind: 'original' | 'retting' | 'feilregistrering';
  fields: { reasonForContact: string; anamnese: string; funn: string; vurdering: string; tiltak: string };
  changeReason: string | null;
  authorName: string;
  createdAt: string;
  savedAt: string;
  signedAt: string | null;
  signedByName: string | null;
  diagnoses: DiagnosisView[];
  measurements: MeasurementView[];
  /** Derived from vekt and høyde when both are measured. */
  bmi: number | null;
}

export interface NoteDetail {
  id: string;
  patientId: string;
  status: 'utkast' | 'signert' | 'rettet' | 'feilregistrert' | 'forkastet';
  occurredAt: string;
  contactType: string;
  authorName: string;
  /** The version in force: the newest signed one, or the first draft of a note never signed. */
  current: NoteVersionView;
  /** The open draft (a new note or a correction being written), if any. */
  draft: NoteVersionView | null;
  /** Every version, oldest first: the old text stays visible after a correction. */
  history: NoteVersionView[];
}

export interface TimelineEntry {
  noteId: string;
  occurredAt: string;
  contactType: string;
  status: NoteDetail['status'];
  authorId: string;
  authorName: string;
  reasonForContact: string;
  mainDiagnosis: DiagnosisView | null;
  /** The first words of the assessment, for scanning the timeline. */
  summary: string;
  versionCount: number;
}

export interface TimelinePage {
  entries: TimelineEntry[];
  nextCursor: string | null;
}

export interface JournalSearchHit {
  noteId: string;
  occurredAt: string;
  status: NoteDetail['status'];
  /** A short excerpt with the hits marked as [start, end) ranges into it. */
  excerpt: string;
  highlights: [number, number][];
}

export interface ProblemView {
  system: 'ICPC-2' | 'ICD-10';
  code: string;
  title: string;
  firstNoted: string;
  lastNoted: string;
}

export interface DraftSummary {
  noteId: string;
  versionId: string;
  patient: { id: string; name: string };
  savedAt: string;
  kind: NoteVersionView['kind'];
}

export interface SnippetView {
  id: string;
  keyword: string;
  body: string;
}
