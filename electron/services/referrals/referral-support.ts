/**
 * What the referral service checks and looks up before it writes: its error codes, the referring doctor and their
 * signing key, a referral's content and completeness, its receivers in the address register, the journal text that
 * records a message, and the compare-and-set write. Split from referrals.service.ts, which does the work.
 */
import type { Kysely, Transaction } from 'kysely';
import { findAddressEntries } from '../../../db/repositories/address-register.repository';
import { findClinic } from '../../../db/repositories/clinic.repository';
import { findPrescriberCertificate } from '../../../db/repositories/prescriber-certificates.repository';
import { updateReferral } from '../../../db/repositories/referrals.repository';
import { findUserById } from '../../../db/repositories/users.repository';
import type { ClinicRow, Database, UserRow } from '../../../db/schema';
import type { AddressRegisterRow, ReferralMessageKind, ReferralRow } from '../../../db/schema-referrals';
import { ErrorCode } from '../../../shared/api/error-codes';
import {
  HASTEGRAD,
  missingForSending,
  REFERRAL_PURPOSES,
  referralContentSchema,
  type ReferralContent,
} from '../../../shared/schemas/referral.schema';
import type { SigningKey } from '../../integrations/messages/xmldsig.signer';
import type { ServiceContext } from '../context';
import { ServiceError } from '../service-error';

/** Stable codes for what only referrals refuse. */
export const ReferralErrorCode = {
  incomplete: 'REFERRAL_INCOMPLETE',
  noHpr: 'REFERRER_WITHOUT_HPR',
  notDraft: 'REFERRAL_NOT_DRAFT',
  notSent: 'REFERRAL_NOT_SENT',
  notYours: 'REFERRAL_NOT_YOURS',
  unknownRecipient: 'REFERRAL_UNKNOWN_RECIPIENT',
  messageRefused: 'REFERRAL_MESSAGE_REFUSED',
  changedMeanwhile: 'REFERRAL_CHANGED_MEANWHILE',
} as const;

/** The referral was changed by someone else between reading and writing it: nothing was written. */
export function changedMeanwhile(): ServiceError {
  return new ServiceError(
    ReferralErrorCode.changedMeanwhile,
    'Henvisningen ble endret av noen andre i mellomtiden. Åpne den på nytt og prøv igjen.',
  );
}

export async function updateSeen(
  trx: Transaction<Database>,
  seen: Pick<ReferralRow, 'id' | 'status' | 'updated_at'>,
  patch: Parameters<typeof updateReferral>[2],
): Promise<void> {
  if (!(await updateReferral(trx, seen, patch))) throw changedMeanwhile();
}

/** The outbox kind of every Henvisning v2.0 (ny, endring, annullering): MsgInfo/Type HENVISNING_NYTILSTAND. */
export const HENVISNING_OUTBOX_KIND = 'HENVISNING';
export const REFERRAL_SUBJECT = 'referral';

export interface Referrer {
  user: UserRow;
  clinic: ClinicRow;
}

export async function referrerOf(db: Kysely<Database>, ctx: ServiceContext): Promise<Referrer> {
  const user = ctx.user.id ? await findUserById(db, ctx.user.id) : undefined;
  if (!user?.hpr_number) {
    throw new ServiceError(
      ReferralErrorCode.noHpr,
      'Du må være registrert med HPR-nummer for å henvise. Be administrator legge det inn.',
    );
  }
  const clinic = await findClinic(db);
  if (!clinic) throw new ServiceError(ErrorCode.notConfigured, 'Legekontoret er ikke satt opp ennå.');
  return { user, clinic };
}

export async function signingKey(trx: Transaction<Database>, userId: string): Promise<SigningKey> {
  const cert = await findPrescriberCertificate(trx, userId);
  if (!cert) throw new ServiceError(ErrorCode.internal, 'Fant ikke legens signeringssertifikat.');
  return { privateKeyPem: cert.private_key_pem, certificatePem: cert.certificate_pem };
}

export function contentOf(row: Pick<ReferralRow, 'content_json'>): ReferralContent {
  return referralContentSchema.parse(JSON.parse(row.content_json));
}

export function enforceComplete(content: ReferralContent): void {
  const missing = missingForSending(content);
  const n = Object.keys(missing).length;
  if (n > 0) {
    throw new ServiceError(
      ReferralErrorCode.incomplete,
      `Henvisningen mangler ${n === 1 ? 'ett felt' : `${n} felt`} før den kan signeres: ${Object.values(missing).join(', ')}.`,
      missing,
    );
  }
}

export function recipientLabel(r: Pick<AddressRegisterRow, 'name' | 'department'>): string {
  return [r.department, r.name].filter(Boolean).join(', ');
}

export async function recipientsOf(
  trx: Transaction<Database>,
  content: ReferralContent,
): Promise<{ recipient: AddressRegisterRow; copies: AddressRegisterRow[] }> {
  const herIds = [content.recipientHerId ?? '', ...content.copyRecipients];
  const rows = new Map((await findAddressEntries(trx, herIds)).map((r) => [r.her_id, r]));
  const recipient = rows.get(content.recipientHerId ?? '');
  const unknown = herIds.filter((h) => !rows.has(h));
  if (!recipient || unknown.length > 0) {
    throw new ServiceError(
      ReferralErrorCode.unknownRecipient,
      `HER-id ${unknown.join(', ')} finnes ikke i adresseregisteret.`,
      { recipientHerId: 'Velg en mottaker fra adresseregisteret' },
    );
  }
  return { recipient, copies: content.copyRecipients.flatMap((h) => rows.get(h) ?? []) };
}

export function journalText(
  content: ReferralContent,
  recipient: AddressRegisterRow,
  kind: ReferralMessageKind,
  reason?: string,
) {
  const to = recipientLabel(recipient);
  const head =
    kind === 'ny'
      ? `Henvisning til ${to}`
      : kind === 'endring'
        ? `Endret henvisning til ${to}`
        : `Henvisning til ${to} trukket tilbake`;
  const diagnoses = content.diagnoses.map((d) => `${d.system} ${d.code} ${d.text}`.trim()).join('; ');
  return {
    reasonForContact: head.slice(0, 500),
    anamnese: content.problemstilling,
    vurdering: diagnoses ? `Diagnoser: ${diagnoses}` : '',
    tiltak: [
      kind === 'kansellering' ? `Henvisningen er annullert. Begrunnelse: ${reason ?? ''}` : null,
      kind === 'endring' ? `Endring: ${reason ?? ''}` : null,
      kind !== 'kansellering'
        ? `Henvist til ${to} (HER-id ${recipient.her_id}) for ${content.purpose ? REFERRAL_PURPOSES[content.purpose].toLowerCase() : 'vurdering'}, hastegrad ${content.hastegrad ? HASTEGRAD[content.hastegrad].toLowerCase() : 'ikke satt'}.`
        : null,
      kind !== 'kansellering' && content.askedFor ? `Spørsmål: ${content.askedFor}` : null,
    ]
      .filter(Boolean)
      .join('\n'),
  };
}
