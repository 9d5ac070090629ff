import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/schemas/roles';

/** Norwegian names for the audit actions the services write; an unknown action shows as its code. */
const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Innlogging',
  'auth.logout': 'Utlogging',
  'auth.session_expired': 'Utlogget etter inaktivitet',
  'clinic.setup': 'Legekontoret satt opp',
  'user.create': 'Bruker opprettet',
  'cave.add': 'CAVE registrert',
  'cave.revise': 'CAVE endret',
  'demo.seed_patients': 'Demopasienter lagt inn',
  'drugs.catalogue.import': 'Legemiddelkatalog importert',
  'inbox.file': 'Dokument lest og arkivert i journalen',
  'inbox.list': 'Innboks vist',
  'inbox.match': 'Innkommende dokument knyttet til pasient',
  'inbox.read': 'Innkommende dokument lest',
  'inbox.receive': 'Dokument mottatt',
  'journal.correction.start': 'Retting påbegynt',
  'journal.draft.discard': 'Utkast forkastet',
  'journal.draft.save': 'Utkast lagret',
  'journal.extract': 'Journalutskrift laget',
  'journal.note.correct': 'Retting signert',
  'journal.note.create': 'Notat påbegynt',
  'journal.note.entered_in_error': 'Notat markert feilregistrert',
  'journal.note.sign': 'Notat signert',
  'journal.read.note': 'Notat lest',
  'journal.read.problems': 'Problemliste lest',
  'journal.read.search': 'Søk i journalen',
  'journal.read.timeline': 'Journal lest',
  'list.assign': 'Satt på fastlegeliste',
  'list.ceiling': 'Listetak endret',
  'list.remove': 'Tatt av fastlegeliste',
  'list.waiting.add': 'Satt på venteliste',
  'list.waiting.tildelt': 'Tildelt plass fra venteliste',
  'patient.import': 'Listefil importert',
  'patient.merge': 'Journaler slått sammen',
  'patient.merged_away': 'H-nummer slått inn i journal',
  'patient.open': 'Pasientkort åpnet',
  'patient.register': 'Pasient registrert',
  'patient.relation.add': 'Relasjon lagt til',
  'patient.relation.end': 'Relasjon avsluttet',
  'patient.update': 'Pasientopplysninger endret',
  'prescription.check': 'Resept kontrollert',
  'prescription.issue': 'Resept signert',
  'prescription.list': 'Legemiddelliste vist',
  'prescription.print': 'Resepter skrevet ut til pasienten',
  'prescription.revoke': 'Resept tilbakekalt',
  'prescription.rfList.read': 'Reseptliste fra RF lest',
  'prescription.rfList.request': 'Reseptliste bestilt fra RF',
  'queue.arrival': 'Ankomst registrert',
  'queue.call': 'Pasient hentet inn',
  'queue.dropIn': 'Drop-in registrert',
  'queue.triage': 'Hastegrad endret',
  'referral.cancel': 'Henvisning trukket tilbake',
  'referral.change': 'Endring av henvisning sendt',
  'referral.compose': 'Henvisning påbegynt',
  'referral.draft.discard': 'Henvisningsutkast forkastet',
  'referral.draft.save': 'Henvisningsutkast lagret',
  'referral.letter': 'Henvisningsbrev skrevet ut',
  'referral.list': 'Henvisninger vist',
  'referral.read': 'Henvisning lest',
  'referral.register.import': 'Adresseregister importert',
  'referral.send': 'Henvisning sendt',
  'request.answer': 'Henvendelse besvart',
  'request.match': 'Henvendelse knyttet til pasient',
  'request.open': 'Henvendelse åpnet',
  'request.receive': 'Henvendelse mottatt',
  'schedules.exception.add': 'Fravær registrert',
  'schedules.exception.remove': 'Fravær fjernet',
  'schedules.template.set': 'Arbeidsplan endret',
  'sms.consent.set': 'SMS-samtykke endret',
  'sms.log': 'SMS registrert',
  'sms.reminder.planned': 'SMS-påminnelse planlagt',
  'sms.settings.set': 'SMS-oppsett endret',
  'timebok.book': 'Time bestilt',
  'timebok.cancel': 'Time avbestilt',
  'timebok.cave-flag': 'CAVE vist i dagliste',
  'timebok.move': 'Time flyttet',
  'timebok.no-show': 'Ikke møtt registrert',
};

export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Audit rows carry the role as text; 'system' is the actor before anyone is logged in. */
export function auditRoleLabel(role: string): string {
  if (isRole(role)) return ROLE_LABELS[role];
  return role === 'system' ? 'System' : role;
}
