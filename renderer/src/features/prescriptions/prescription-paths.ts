/** The addresses of a patient's prescriptions, under the patient in the Pasienter room. */
export const prescriptionPaths = {
  prescribe: (patientId: string) => `/pasienter/${patientId}/resept`,
  medicines: (patientId: string) => `/pasienter/${patientId}/legemidler`,
};

/** The id of the drug search box: Alt+M lands there. */
export const DRUG_SEARCH_ID = 'drug-search';
