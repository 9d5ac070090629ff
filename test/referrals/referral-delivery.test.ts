/**
 * Issue 6 end to end below the screen: a referral signed through the router goes out through the backend's own
 * delivery worker to the simulated specialist service over loopback, and the answers come back the same way —
 * AppRec (mottatt), Status på henvisning (vurdert, with frist), epikrise (epikrise mottatt) — into Innboks, matched
 * to the referral, with inbox.changed told to the windows. Prescriptions go on to the reseptformidler meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { importDemoCatalogue } from '../../electron/services/drugs/demo-catalogue/import-demo-catalogue';
import { systemContext } from '../../electron/services/context';
import type { EventMessage } from '../../shared/api/client';
import { addWorkingDays } from '../../shared/rules/working-days';
import { osloDate } from '../../shared/rules/dates';
import { value } from '../support/clinic';
import { allHave, eventually, sleep, useDeliveryFixture } from './referral-delivery-harness';
import { ORTOPEDI } from './referral-clinic';

const LOADED_MACHINE_TIMEOUT_MS = 60_000;

describe(
  'referral delivery through the backend worker and the simulated specialist service',
  {
    timeout: LOADED_MACHINE_TIMEOUT_MS,
  },
  () => {
    const fixture = useDeliveryFixture();

    it('goes sendt → mottatt → vurdert (frist) → epikrise mottatt, with the answers in Innboks', async () => {
      const f = await fixture();
      const events: EventMessage[] = [];
      f.backend.events.attach(99, (m) => events.push(m));
      const [id] = await f.sendReferrals(1);
      const get = () => f.c.lege1('referrals.get', { referralId: id! }).then(value);

      const received = await eventually(get, (r) => r.status === 'mottatt');
      expect(received.status).toBe('mottatt');
      expect(received.events.map((e) => e.kind)).toEqual(['opprettet', 'sendt', 'mottatt']);
      const [spesSide] = await f.spesReferrals();
      expect(spesSide).toMatchObject({ senderHer: '81234', hastegrad: 'N', state: 'mottatt' });

      expect(f.spes.advance()).toBe(1);
      const assessed = await eventually(get, (r) => r.status === 'vurdert');
      expect(assessed.status).toBe('vurdert');
      // The simulator's frist and our overdue date come from the same working-days rule.
      const receivedOn = osloDate(new Date(received.events.find((e) => e.kind === 'mottatt')!.at));
      expect(assessed.frist).toBe(addWorkingDays(receivedOn, 10));
      expect(assessed.overdue).toMatchObject({ noAssessment: false, assessmentDue: addWorkingDays(receivedOn, 10) });
      expect(assessed.events.map((e) => e.kind)).toEqual(['opprettet', 'sendt', 'mottatt', 'vurdert', 'time']);
      expect(events.some((e) => e.name === 'inbox.changed')).toBe(true);

      expect(f.spes.advance()).toBe(1);
      const done = await eventually(get, (r) => r.status === 'epikrise_mottatt');
      expect(done.status).toBe('epikrise_mottatt');
      // advance() skips the weeks between: the appointment (in the future) still sorts after the epikrise.
      expect(done.events.map((e) => e.kind)).toEqual(['opprettet', 'sendt', 'mottatt', 'vurdert', 'epikrise', 'time']);
      expect(done.events.find((e) => e.kind === 'epikrise')?.label).toBe('Epikrise mottatt');

      const inbox = await f.backend.conn.db
        .selectFrom('incoming_documents')
        .select(['kind', 'status', 'patient_id', 'referral_id', 'source'])
        .orderBy('received_at')
        .execute();
      expect(inbox).toEqual([
        {
          kind: 'dialogmelding',
          status: 'til_behandling',
          patient_id: f.patientId,
          referral_id: id,
          source: 'helsenett',
        },
        { kind: 'epikrise', status: 'til_behandling', patient_id: f.patientId, referral_id: id, source: 'helsenett' },
      ]);
      // Each answer acknowledged: the service's queue for the clinic is empty, and nothing came twice.
      const left = await fetch(`${f.spes.url}/inbox?her=81234`).then((r) => r.json() as Promise<unknown[]>);
      expect(left).toEqual([]);
      expect((await f.spesReferrals())[0]).toMatchObject({ state: 'epikrise' });
    });

    it('keeps henvisninger in the outbox when there is no route to Helsenett: never to the reseptformidler', async () => {
      const f = await fixture({}, { noHelsenett: true });
      const ids = await f.sendReferrals(2);
      // Several worker rounds (100 ms apart) pass; nothing may be claimed, posted or refused.
      await sleep(1_000);
      const rows = await f.backend.conn.db
        .selectFrom('outbox_messages')
        .select(['status', 'attempts', 'lease_owner'])
        .where('subject_type', '=', 'referral')
        .execute();
      expect(rows).toEqual([
        { status: 'pending', attempts: 0, lease_owner: null },
        { status: 'pending', attempts: 0, lease_owner: null },
      ]);
      expect(allHave(ids, 'sendt')(await f.statuses())).toBe(true);
      const rfPrescriptions = await fetch(`${f.rfUrl}/admin/prescriptions`).then((r) => r.json() as Promise<unknown[]>);
      expect(rfPrescriptions).toHaveLength(0);
    });

    it('routes by receiver: prescriptions reach the reseptformidler while the specialist service is down', async () => {
      const f = await fixture({ faults: { down: 'http-503' } });
      await importDemoCatalogue(f.backend.services.festImport, systemContext('test', 'test-pc', new Date()));
      const pkg = await f.backend.conn.db
        .selectFrom('drug_packages as p')
        .innerJoin('drug_products as pr', 'pr.id', 'p.product_id')
        .select('p.id')
        .where('pr.name', '=', 'Norvasc')
        .orderBy('p.varenr')
        .executeTakeFirstOrThrow();
      value(
        await f.c.lege1('prescriptions.issue', {
          patientId: f.patientId,
          packageId: pkg.id,
          dssn: '1 tablett daglig',
          packages: 1,
          reit: 0,
          kind: 'hvit',
        }),
      );
      const ids = await f.sendReferrals(2);

      const prescriptions = () => f.c.lege1('prescriptions.list', { patientId: f.patientId }).then(value);
      expect((await eventually(prescriptions, (l) => l[0]?.status === 'registrert'))[0]?.status).toBe('registrert');
      // The henvisninger wait (tried, not taken) without holding the prescription up.
      const waiting = await f.backend.conn.db
        .selectFrom('outbox_messages')
        .select(['status', 'attempts'])
        .where('subject_type', '=', 'referral')
        .execute();
      expect(waiting.map((w) => w.status)).toEqual(['pending', 'pending']);
      expect(allHave(ids, 'sendt')(await f.statuses())).toBe(true);

      f.spes.setFaults({ down: 'no' });
      expect(allHave(ids, 'mottatt')(await eventually(() => f.statuses(), allHave(ids, 'mottatt')))).toBe(true);

      // The specialist service saw the two henvisninger and nothing else; RF saw the prescription, no henvisning.
      const spes = await f.spesReferrals();
      expect(spes.map((r) => r.firstMsgId).sort()).toEqual((await f.ours()).map((o) => o.msgId).sort());
      const rfPrescriptions = await fetch(`${f.rfUrl}/admin/prescriptions`).then((r) => r.json() as Promise<unknown[]>);
      expect(rfPrescriptions).toHaveLength(1);
      const outbox = await f.backend.conn.db
        .selectFrom('outbox_messages')
        .select(['kind', 'receiver_her_id', 'status'])
        .orderBy('kind')
        .execute();
      expect(outbox.map((o) => [o.kind, o.receiver_her_id, o.status])).toEqual([
        ['ERM1', expect.any(String), 'answered'],
        ['HENVISNING', ORTOPEDI, 'answered'],
        ['HENVISNING', ORTOPEDI, 'answered'],
      ]);
    });
  },
);
