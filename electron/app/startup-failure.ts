/**
 * What a person is told when the app cannot start. Norwegian, plain, and never suggesting to delete or replace
 * the data folder: a newer or unreadable database is a clinic's journal, and the fix is IT's, not the user's.
 */
import { DatabaseError } from '../../db/errors';

export interface StartupFailureDialog {
  title: string;
  message: string;
  detail: string;
}

const CONTACT_IT = 'Kontakt IT-ansvarlig om du trenger hjelp. Ikke slett eller flytt filene i datamappen.';

export function startupFailureDialog(error: unknown, dataDir: string): StartupFailureDialog {
  const where = `Datamappe: ${dataDir}`;
  const code = error instanceof DatabaseError ? error.code : null;
  switch (code) {
    case 'DATABASE_TOO_NEW':
      return {
        title: 'Allmenn må oppdateres',
        message: 'Journaldatabasen er laget av en nyere versjon av Allmenn.',
        detail:
          'Denne versjonen kan ikke åpne den trygt, og har derfor ikke endret noe. ' +
          `Installer den nyeste versjonen av Allmenn på denne maskinen.\n\n${CONTACT_IT}\n\n${where}`,
      };
    case 'DATABASE_LOCKED':
      return {
        title: 'Allmenn kunne ikke starte',
        message: 'Journaldatabasen er i bruk av et annet program.',
        detail: `Lukk andre programmer som bruker databasen, og start Allmenn på nytt.\n\n${CONTACT_IT}\n\n${where}`,
      };
    case 'DATABASE_UNREADABLE':
    case 'DATABASE_MISSING':
      return {
        title: 'Allmenn kunne ikke starte',
        message: 'Journaldatabasen kunne ikke åpnes.',
        detail: `${CONTACT_IT}\n\n${where}`,
      };
    default:
      return {
        title: 'Allmenn kunne ikke starte',
        message: 'Det oppstod en uventet feil under oppstart.',
        detail: `Prøv å starte Allmenn på nytt.\n\n${CONTACT_IT}\n\n${where}`,
      };
  }
}
