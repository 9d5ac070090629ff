/** The addresses inside the Pasienter room. */
export const patientPaths = {
  search: '/pasienter',
  register: '/pasienter/ny',
  lists: '/pasienter/fastlegelister',
  card: (patientId: string) => `/pasienter/${patientId}`,
  edit: (patientId: string) => `/pasienter/${patientId}/endre`,
};
