/** The addresses of referrals: composing under the patient, following them in the Henvisninger room. */
export const referralPaths = {
  compose: (patientId: string) => `/pasienter/${patientId}/henvisning`,
  room: '/henvisninger',
  one: (referralId: string) => `/henvisninger?valgt=${referralId}`,
};

/** The recipient search box: the compose page opens with focus there. */
export const RECIPIENT_SEARCH_ID = 'referral-recipient-search';
