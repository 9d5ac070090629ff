/**
 * import-message FILE: takes one clinical message (Henvisning, Dialogmelding, Epikrise, Svarrapport, AppRec) from a
 * file into Innboks through the same store-and-match path as delivery from Norsk helsenett, audited as the CLI.
 * Exit 0 when it was read and stored (matched, queued for a person, or kept as ugyldig with its schema errors), or
 * was already stored; exit 2, with the reason, only when the file is not XML or not a kind of message we know.
 */
import fs from 'node:fs';
import path from 'node:path';
import { closeDatabase } from '../../../db/backup';
import { openDatabase } from '../../../db/connection';
import { INBOX_KIND_LABELS, INBOX_STATUS_LABELS, type InboxStoreResult } from '../../../shared/api/inbox-views';
import { createInboxService } from '../../services/inbox/inbox.service';
import { UnreadableMessageError } from '../../services/inbox/message-reader';
import { cliActor } from '../cli-actor';
import { CliError } from '../cli-error';
import { requireCurrentSchema, requireDatabase } from '../database-guards';
import type { Command } from './command';

export const importMessageCommand: Command = {
  name: 'import-message',
  summary: 'les én melding (henvisning, dialogmelding, epikrise, svarrapport) fra FIL inn i Innboks',
  options: [],
  positionals: [{ name: 'FIL', description: 'meldingen som XML (MsgHead eller KITH-melding)' }],
  help: [
    'Meldingen knyttes til pasient (fødselsnummer, D-nummer, H-nummer) og til henvisningen den svarer på;',
    'uten treff venter den i Innboks med en grunn. En melding som ikke følger skjemaet lagres som ugyldig.',
    'Samme MsgId lagres bare én gang. Trygt mens Allmenn kjører (én kort transaksjon).',
    'Avslutningskode 0 når meldingen er lest og lagret; 2 når filen ikke er XML eller ikke en meldingstype',
    'Allmenn kjenner.',
  ],

  async run({ dataDir, args, now, progress }) {
    const source = path.resolve(args.positionals[0] ?? '');
    const bytes = readMessageFile(source);
    const file = requireDatabase(dataDir);
    const conn = openDatabase(file, { mustExist: true });
    try {
      requireCurrentSchema(conn, file);
      progress(`Leser ${source} …`);
      let result: InboxStoreResult;
      try {
        result = await createInboxService(conn.db).importMessage(cliActor(now), bytes);
      } catch (error) {
        if (error instanceof UnreadableMessageError) throw new CliError('FILE_UNREADABLE', error.message);
        throw error;
      }
      return { exitCode: 0, json: { file: source, ...result }, lines: resultLines(source, result) };
    } finally {
      await closeDatabase(conn);
    }
  },
};

function readMessageFile(source: string): Buffer {
  try {
    if (!fs.statSync(source).isFile()) throw new Error('not a file');
    return fs.readFileSync(source);
  } catch {
    throw new CliError('FILE_UNREADABLE', `Fant ingen lesbar fil ${source}.`);
  }
}

function resultLines(source: string, r: InboxStoreResult): string[] {
  const kind = INBOX_KIND_LABELS[r.kind];
  if (!r.stored) {
    return [
      `${kind} ${r.msgId} fra ${source} er allerede i Innboks (${INBOX_STATUS_LABELS[r.status]}); ingenting endret.`,
    ];
  }
  const lines = [`${kind} ${r.msgId} fra ${source} er lagt i Innboks: ${INBOX_STATUS_LABELS[r.status]}.`];
  if (r.patientId) lines.push('  Knyttet til pasient.');
  if (r.referralId) lines.push('  Knyttet til henvisning.');
  if (r.unmatchedReason) lines.push(`  Venter på manuell kobling: ${r.unmatchedReason}`);
  if (r.schemaErrors.length > 0) {
    lines.push(`  Følger ikke skjemaet (${r.schemaErrors.length} feil):`, ...r.schemaErrors.map((e) => `    - ${e}`));
  }
  return lines;
}
