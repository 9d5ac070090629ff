import { describe, expect, it } from 'vitest';
import { startupFailureDialog } from '../../electron/app/startup-failure';
import { DatabaseError } from '../../db/errors';

const DATA_DIR = 'C:\\ProgramData\\Allmenn';

describe('start-up failure dialog', () => {
  it('tells a person the database is newer, to update the app, and that nothing was changed', () => {
    const dialog = startupFailureDialog(new DatabaseError('DATABASE_TOO_NEW', 'too new'), DATA_DIR);
    expect(dialog.message).toBe('Journaldatabasen er laget av en nyere versjon av Allmenn.');
    expect(dialog.detail).toContain('Installer den nyeste versjonen');
    expect(dialog.detail).toContain('ikke endret noe');
    expect(dialog.detail).toContain(DATA_DIR);
  });

  it.each(['DATABASE_TOO_NEW', 'DATABASE_LOCKED', 'DATABASE_UNREADABLE', 'DATABASE_MISSING', null] as const)(
    'never suggests deleting or resetting data (%s)',
    (code) => {
      const error = code ? new DatabaseError(code, 'x') : new Error('boom');
      const { title, message, detail } = startupFailureDialog(error, DATA_DIR);
      const text = `${title}\n${message}\n${detail}`;
      expect(text).toMatch(/[æøå]/);
      // The only mention of deleting is the warning against it.
      expect(text.replace('Ikke slett eller flytt filene i datamappen.', '')).not.toMatch(
        /slett|fjern|tilbakestill|nullstill|start på nytt med tom/i,
      );
    },
  );

  it('does not show an internal error message to the user', () => {
    const { detail, message } = startupFailureDialog(new Error('SQLITE_CORRUPT at db/connection.ts:42'), DATA_DIR);
    expect(`${message}${detail}`).not.toMatch(/SQLITE|\.ts:/);
  });
});
