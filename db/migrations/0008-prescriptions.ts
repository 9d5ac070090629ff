/** Frozen in time: never import app code here, never edit after release; add a new migration instead. */
import { sql, type Kysely } from 'kysely';

/*
 * E-resept (FOR-2022-06-02-977; R0908 M1). A prescription copies the drug as the catalogue described it when it
 * was prescribed: FEST is replaced wholesale by every import, the prescription must not change with it (0005 says
 * so too: clinical tables never point into the catalogue). After it is written only its state moves (status,
 * reference to RF's answers, revocation, dispensing); the content columns are guarded by a trigger, like a signed
 * journal note version (ARCHITECTURE.md, Data: "they are never edited after sending").
 */
const CONTENT_COLUMNS = [
  'patient_id',
  'prescriber_id',
  'resept_id',
  'created_at',
  'kind',
  'product_id',
  'package_id',
  'varenr',
  'substance_id',
  'drug_name',
  'name_form_strength',
  'atc_code',
  'atc_text',
  'reseptgruppe',
  'form_code',
  'form_text',
  'strength',
  'pack_size',
  'pack_unit',
  'dssn',
  'dosing_json',
  'usage_code',
  'bruksomrade',
  'packages',
  'duration_days',
  'reit',
  'refund_hjemmel',
  'refund_code_system',
  'refund_code',
  'refund_code_text',
  'locked',
  'reference_number',
  'no_substitution',
  'note_to_pharmacy',
  'valid_from',
  'expires_on',
  'renewed_from_id',
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, not today's Database type
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('prescriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
    .addColumn('prescriber_id', 'text', (c) => c.notNull().references('users.id'))
    // The M1's MsgHead MsgId, which is the ReseptId M5, M9.6 and M6 refer to; the outbox row carries the same id.
    .addColumn('resept_id', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text')
    // klar | sendt | registrert | avvist | utlevert | tilbakekalt | utlopt
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_at', 'text', (c) => c.notNull())
    .addColumn('rejection_reason', 'text')
    // hvit | bla (H-resept is refused for a fastlege and never stored)
    .addColumn('kind', 'text', (c) => c.notNull())
    // The drug as the catalogue described it at prescribing time (FEST ids are kept for reference only).
    .addColumn('product_id', 'text')
    .addColumn('package_id', 'text')
    .addColumn('varenr', 'text')
    .addColumn('substance_id', 'text')
    .addColumn('drug_name', 'text', (c) => c.notNull())
    .addColumn('name_form_strength', 'text', (c) => c.notNull())
    .addColumn('atc_code', 'text')
    .addColumn('atc_text', 'text')
    .addColumn('reseptgruppe', 'text', (c) => c.notNull())
    .addColumn('form_code', 'text')
    .addColumn('form_text', 'text')
    .addColumn('strength', 'text')
    .addColumn('pack_size', 'text')
    .addColumn('pack_unit', 'text')
    .addColumn('dssn', 'text', (c) => c.notNull())
    // Structured dosing as JSON text (optional next to the DSSN text, R0908 §4.2.3).
    .addColumn('dosing_json', 'text')
    .addColumn('usage_code', 'text')
    .addColumn('bruksomrade', 'text')
    .addColumn('packages', 'integer')
    .addColumn('duration_days', 'integer')
    .addColumn('reit', 'integer', (c) => c.notNull())
    .addColumn('refund_hjemmel', 'text')
    .addColumn('refund_code_system', 'text')
    .addColumn('refund_code', 'text')
    .addColumn('refund_code_text', 'text')
    .addColumn('locked', 'integer', (c) => c.notNull())
    .addColumn('reference_number', 'text')
    .addColumn('no_substitution', 'integer', (c) => c.notNull())
    .addColumn('note_to_pharmacy', 'text')
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('renewed_from_id', 'text', (c) => c.references('prescriptions.id'))
    .addColumn('revoked_at', 'text')
    .addColumn('revoke_reason', 'text')
    .addColumn('revoke_requested_at', 'text')
    .addColumn('last_dispensed_at', 'text')
    .execute();
  await db.schema
    .createIndex('prescriptions_patient')
    .on('prescriptions')
    .columns(['patient_id', 'created_at'])
    .execute();

  // A safety warning the doctor overrode, with the reason (issue 5 item 3: "overridable only with a recorded reason").
  await db.schema
    .createTable('prescription_overrides')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('prescription_id', 'text', (c) => c.notNull().references('prescriptions.id'))
    .addColumn('check_id', 'text', (c) => c.notNull())
    .addColumn('check_kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('overridden_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('overridden_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('prescription_overrides_prescription')
    .on('prescription_overrides')
    .column('prescription_id')
    .execute();

  // Referansenumre from RF's M4.2 (R1908 §3.1), used once each for a låst resept.
  await db.schema
    .createTable('reference_number_pool')
    .addColumn('number', 'text', (c) => c.primaryKey())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('source_msg_id', 'text')
    .addColumn('used_by', 'text', (c) => c.references('prescriptions.id'))
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('reference_number_pool_free')
    .on('reference_number_pool')
    .columns(['used_by', 'received_at'])
    .execute();

  /*
   * TEST CERTIFICATES ONLY. A real deployment signs with the prescriber's personal certificate on a smart card or
   * the clinic's HSM, and the private key never sits in the database. These are self-signed test certificates
   * with the HPR-nummer where the simulated reseptformidler looks for it (prescriber-certificate.ts).
   */
  await db.schema
    .createTable('prescriber_certificates')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('hpr_number', 'text', (c) => c.notNull())
    .addColumn('certificate_pem', 'text', (c) => c.notNull())
    .addColumn('private_key_pem', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Prescribing finds a package's substance group; 0005's key leads with substance_id, so without this a real
  // FEST (~30 000 packages) would be scanned on every prescription.
  await db.schema
    .createIndex('drug_substance_packages_package')
    .on('drug_substance_packages')
    .column('package_id')
    .execute();

  const changed = sql.raw(CONTENT_COLUMNS.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR '));
  await sql`CREATE TRIGGER prescriptions_content_no_update BEFORE UPDATE ON prescriptions
    WHEN ${changed} BEGIN SELECT RAISE(ABORT, 'A prescription is never edited; only its state changes'); END`.execute(
    db,
  );
  await sql`CREATE TRIGGER prescriptions_no_delete BEFORE DELETE ON prescriptions
    BEGIN SELECT RAISE(ABORT, 'Prescriptions are never deleted'); END`.execute(db);
  await sql`CREATE TRIGGER prescription_overrides_no_update BEFORE UPDATE ON prescription_overrides
    BEGIN SELECT RAISE(ABORT, 'Recorded overrides cannot be changed'); END`.execute(db);
  await sql`CREATE TRIGGER prescription_overrides_no_delete BEFORE DELETE ON prescription_overrides
    BEGIN SELECT RAISE(ABORT, 'Recorded overrides cannot be deleted'); END`.execute(db);
}
