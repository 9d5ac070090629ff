/** The requests calls and events of the contract; contract.ts gathers them into its registries. */
import { call, empty, event } from './call-spec';
import { patientIdSchema } from '../schemas/patient.schema';
import {
  requestAnswerSchema,
  requestIdSchema,
  requestListSchema,
  requestMatchSchema,
  requestReceiveSchema,
  smsConsentSchema,
  smsSettingsSchema,
} from '../schemas/requests.schema';
import type {
  RequestDetail,
  RequestSummary,
  SmsConsentView,
  SmsOutboxView,
  SmsSettingsView,
  UpcomingAppointmentView,
} from './requests-views';

export const requestsCalls = {
  'requests.list': call<RequestSummary[]>()(requestListSchema),
  'requests.get': call<RequestDetail>()(requestIdSchema),
  'requests.answer': call<RequestDetail>()(requestAnswerSchema),
  'requests.match': call<RequestDetail>()(requestMatchSchema),
  /** A simulated Helsenorge message arriving (tests and the demo clinic). */
  'requests.receive': call<RequestDetail>()(requestReceiveSchema),
  'requests.consent': call<SmsConsentView>()(patientIdSchema),
  'requests.setConsent': call<SmsConsentView>()(smsConsentSchema),
  'requests.smsSettings': call<SmsSettingsView>()(empty),
  'requests.setSmsSettings': call<SmsSettingsView>()(smsSettingsSchema),
  /** The patient's booked appointments ahead, for confirming one in the answer to an SMS. */
  'requests.upcomingAppointments': call<UpcomingAppointmentView[]>()(patientIdSchema),
  /** The SMS sent or waiting for a patient (reminders and confirmations): text and delivery status. */
  'requests.smsLog': call<SmsOutboxView[]>()(patientIdSchema),
} as const;

export const requestsEvents = {
  /** A request arrived, was matched or answered: lists in every window refresh. */
  'requests.changed': event<{ requestId: string }>(),
} as const;
