/**
 * Requests for a demo clinic, so Henvendelser has something to show: the SMS set-up, a timebestilling, a message
 * to the office and a vaksine request through the simulated Helsenorge intake, and three booking SMS (one that
 * matches a patient, one with a misspelt name, one nobody can read). Fictional patients only (the demo's own).
 * Idempotent: the external ids are fixed, so seeding twice adds nothing.
 */
import type { Kysely } from 'kysely';
import { somePatients } from '../../../db/repositories/requests.repository';
import { findSmsSettings, upsertSmsSettings } from '../../../db/repositories/sms.repository';
import type { Database } from '../../../db/schema';
import type { ServiceContext } from '../context';
import type { RequestsService } from './requests.service';

const ddmmyy = (iso: string): string => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(2, 4)}`;

export async function seedDemoRequests(
  db: Kysely<Database>,
  inbox: RequestsService,
  ctx: ServiceContext,
): Promise<{ requests: number }> {
  const patients = await somePatients(db, 3);
  if (patients.length === 0) return { requests: 0 };
  if (!(await findSmsSettings(db))) {
    await upsertSmsSettings(db, { keyword: 'DEMO', place: 'Storgata 1', at: ctx.now.toISOString(), by: null });
  }
  const [first, second = first, third = first] = patients as [(typeof patients)[0], ...typeof patients];
  const helsenorge = [
    {
      externalId: 'demo-hn-1',
      kind: 'timebestilling' as const,
      patient: first,
      subject: 'Time for kontroll',
      message: 'Kan jeg få time i løpet av neste uke? Passer best etter kl. 14.',
    },
    {
      externalId: 'demo-hn-2',
      kind: 'kontakt' as const,
      patient: second,
      subject: 'Ny adresse',
      message: 'Jeg har flyttet til Fjordveien 3. Kan dere oppdatere adressen?',
    },
    {
      externalId: 'demo-hn-3',
      kind: 'vaksine' as const,
      patient: third,
      subject: 'Influensavaksine',
      message: 'Jeg ønsker influensavaksine i år.',
    },
  ];
  for (const r of helsenorge) {
    await inbox.receive(ctx, {
      kind: r.kind,
      patientId: r.patient.id,
      subject: r.subject,
      message: r.message,
      externalId: r.externalId,
    });
  }
  const at = ctx.now.toISOString();
  const sms = [
    {
      id: 'demo-sms-1',
      text: `DEMO ${ddmmyy(first.birth_date)} ${first.given_name} ${first.family_name} Trenger time snart`,
    },
    {
      id: 'demo-sms-2',
      text: `demo ${ddmmyy(second.birth_date)} ${second.given_name} ${second.family_name.slice(0, -1)} time neste uke`,
    },
    { id: 'demo-sms-3', text: 'Hei, kan noen ringe meg?' },
  ];
  for (const s of sms) {
    await inbox.receiveSms(ctx, { gatewayId: s.id, from: '+4799999999', text: s.text, receivedAt: at });
  }
  return { requests: helsenorge.length + sms.length };
}
