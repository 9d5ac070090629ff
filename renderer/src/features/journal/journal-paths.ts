/** The addresses of a patient's journal, under the patient in the Pasienter room. */
export const journalPaths = {
  journal: (patientId: string) => `/pasienter/${patientId}/journal`,
  note: (patientId: string, noteId: string) => `/pasienter/${patientId}/journal/${noteId}`,
};

/** The id of the search box at the top of the timeline: Alt+J lands there, Ctrl+F too. */
export const JOURNAL_SEARCH_ID = 'journal-search';
