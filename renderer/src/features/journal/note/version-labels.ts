import type { NoteDetail, NoteVersionView } from '../../../../../shared/api/views';

export const VERSION_KIND_LABELS: Record<NoteVersionView['kind'], string> = {
  original: 'Opprinnelig',
  retting: 'Retting',
  feilregistrering: 'Feilregistrering',
};

/** Where a version stands: in force, replaced, being written, or a draft that was closed unsigned. */
export function versionState(note: NoteDetail, version: NoteVersionView): string {
  if (version.id === note.current.id) return note.status === 'forkastet' ? 'Forkastet utkast' : 'Gjeldende';
  if (note.draft?.id === version.id) return 'Utkast under arbeid';
  if (version.signedAt === null) return 'Forkastet utkast';
  return 'Erstattet';
}
