/** The queue calls and events of the contract (the venterom); contract.ts gathers them into its registries. */
import { call, empty, event } from './call-spec';
import {
  addDropInSchema,
  changeTriageSchema,
  markLeftSchema,
  queueEntryRefSchema,
  queueExpectedSchema,
  queueTodaySchema,
  registerArrivalSchema,
} from '../schemas/queue.schema';
import type { CalledPatientView, ExpectedAppointmentView, QueueDayView, QueueEntryView } from './queue-views';

export const queueCalls = {
  'queue.today': call<QueueDayView>()(queueTodaySchema),
  'queue.expected': call<ExpectedAppointmentView[]>()(queueExpectedSchema),
  'queue.registerArrival': call<QueueEntryView>()(registerArrivalSchema),
  'queue.addDropIn': call<QueueEntryView>()(addDropInSchema),
  'queue.changeTriage': call<QueueEntryView>()(changeTriageSchema),
  /** The calling doctor's next patient, marked inne, with a journal kontakt started; null when nobody waits. */
  'queue.callNext': call<CalledPatientView | null>()(empty),
  'queue.markDone': call<QueueEntryView>()(queueEntryRefSchema),
  'queue.markLeft': call<QueueEntryView>()(markLeftSchema),
} as const;

export const queueEvents = {
  /** Something in today's queue changed; windows refetch. Never carries patient or health information. */
  'queue.changed': event<{ reason: string }>(),
} as const;
