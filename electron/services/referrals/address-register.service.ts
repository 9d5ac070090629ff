/**
 * The address register of services a GP refers to: search for the compose screen, the demo register put in on
 * first use, and the importer for a register file (format in ./README.md). Searching is for doctors; importing is
 * for doctors and the administrator, in one transaction with an audit row: a file with bad lines imports the good
 * ones and lists each bad line with a Norwegian reason.
 */
import type { Kysely, Transaction } from 'kysely';
import {
  countAddressEntries,
  findAddressEntries,
  searchAddressEntries,
  upsertAddressEntry,
} from '../../../db/repositories/address-register.repository';
import type { Database } from '../../../db/schema';
import type { AddressRegisterRow } from '../../../db/schema-referrals';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { RecipientView, RegisterImportReport } from '../../../shared/api/referral-views';
import { DEMO_ADDRESS_REGISTER } from '../../../shared/reference/address-register.demo';
import { isValidHerId } from '../../../shared/rules/health-identifiers';
import { isValidOrganisationNumber } from '../../../shared/rules/organisation-number';
import { foldForSearch } from '../../../shared/rules/search-fold';
import {
  ADDRESS_SERVICE_KINDS,
  ADDRESS_SERVICE_KIND_CODES,
  type AddressServiceKindCode,
  type RecipientSearch,
} from '../../../shared/schemas/referral.schema';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import { recordAudit } from '../audit/audit.service';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { ServiceError } from '../service-error';

type Db = Kysely<Database> | Transaction<Database>;

/** Doctors refer; the administrator keeps the register up to date. */
export const REGISTER_IMPORTERS = [...PERMISSIONS.referrals, 'administrator'] as const;

export function recipientView(row: AddressRegisterRow): RecipientView {
  return {
    herId: row.her_id,
    name: row.name,
    department: row.department,
    kind: row.service_kind,
    kindLabel: ADDRESS_SERVICE_KINDS[row.service_kind] ?? row.service_kind,
    specialty: row.specialty,
    addressLine: row.address_line,
    postalCode: row.postal_code,
    city: row.city,
    organisationNumber: row.organisation_number,
    testValue: row.test_value === 1,
  };
}

/** Name, department, specialty, kind, place and HER-id, folded for search. */
function searchText(r: Omit<AddressRegisterRow, 'search_text'>): string {
  return foldForSearch(
    [r.name, r.department, r.specialty, ADDRESS_SERVICE_KINDS[r.service_kind], r.postal_code, r.city, r.her_id]
      .filter(Boolean)
      .join(' '),
  );
}

function entryRow(r: Omit<AddressRegisterRow, 'search_text'>): AddressRegisterRow {
  return { ...r, search_text: searchText(r) };
}

/**
 * Puts the demo register in when the register is empty. Only the demo clinic gets it (seed-demo): its HER-ids are
 * test values, and a real clinic must never address a henvisning to one; a real clinic imports its own register.
 */
export async function ensureDemoRegister(db: Db, now: Date): Promise<boolean> {
  if ((await countAddressEntries(db)) > 0) return false;
  for (const e of DEMO_ADDRESS_REGISTER) {
    await upsertAddressEntry(
      db,
      entryRow({
        her_id: e.herId,
        parent_her_id: e.parentHerId,
        name: e.name,
        department: e.department,
        service_kind: e.kind,
        specialty: e.specialty,
        address_line: e.addressLine,
        postal_code: e.postalCode,
        city: e.city,
        organisation_number: null,
        test_value: 1,
        source: 'demo',
        active: 1,
        updated_at: now.toISOString(),
      }),
    );
  }
  return true;
}

export async function recipientsByHerId(db: Db, herIds: readonly string[]): Promise<Map<string, RecipientView>> {
  return new Map((await findAddressEntries(db, herIds)).map((r) => [r.her_id, recipientView(r)]));
}

// ---------------------------------------------------------------------------------------------------------------
// The register file: UTF-8 text, one service a line, ';' (or ',' / tab) between fields, a header line naming the
// columns (any order, case-insensitive). See README.md.

const COLUMNS = {
  herid: 'her_id',
  overordnetherid: 'parent_her_id',
  navn: 'name',
  organisasjon: 'name',
  avdeling: 'department',
  tjenestetype: 'service_kind',
  type: 'service_kind',
  fagomrade: 'specialty',
  fagområde: 'specialty',
  spesialitet: 'specialty',
  adresse: 'address_line',
  postnummer: 'postal_code',
  poststed: 'city',
  organisasjonsnummer: 'organisation_number',
  orgnr: 'organisation_number',
  test: 'test_value',
  aktiv: 'active',
} as const;
type Column = (typeof COLUMNS)[keyof typeof COLUMNS];

/** One CSV line split into fields; "quoted; fields" and doubled quotes inside them are understood. */
export function splitCsvLine(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === separator) {
      fields.push(field.trim());
      field = '';
    } else field += ch;
  }
  fields.push(field.trim());
  return fields;
}

const YES = new Set(['1', 'ja', 'j', 'true', 'x', 'yes']);
const NO = new Set(['0', 'nei', 'n', 'false', 'no', '']);

function kindOf(value: string): AddressServiceKindCode | undefined {
  const folded = foldForSearch(value).replace(/\s+/g, '');
  return ADDRESS_SERVICE_KIND_CODES.find((k) => k === folded || foldForSearch(ADDRESS_SERVICE_KINDS[k]) === folded);
}

export interface ParsedRegisterFile {
  rows: Omit<AddressRegisterRow, 'search_text' | 'updated_at' | 'source'>[];
  errors: { line: number; message: string }[];
}

/** Reads a register file; throws a ServiceError only when the file as a whole cannot be read. */
export function parseRegisterFile(text: string): ParsedRegisterFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const header = lines[headerIndex];
  if (headerIndex < 0 || header === undefined) {
    throw new ServiceError(ErrorCode.invalidInput, 'Filen er tom.');
  }
  const separator = [';', '\t', ','].find((s) => header.includes(s)) ?? ';';
  const columns = splitCsvLine(header, separator).map(
    (h) => (COLUMNS as Readonly<Record<string, Column>>)[foldForSearch(h).replace(/[\s_-]+/g, '')],
  );
  const missing = (['her_id', 'name', 'service_kind'] as const).filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw new ServiceError(
      ErrorCode.invalidInput,
      `Første linje må navngi kolonnene; disse mangler: ${missing
        .map((c) => ({ her_id: 'herid', name: 'navn', service_kind: 'tjenestetype' })[c])
        .join(', ')}.`,
    );
  }
  const rows: ParsedRegisterFile['rows'] = [];
  const errors: ParsedRegisterFile['errors'] = [];
  const seen = new Set<string>();
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    const lineNo = i + 1;
    const fields = splitCsvLine(raw, separator);
    const get = (c: Column): string => {
      const at = columns.indexOf(c);
      return at >= 0 ? (fields[at] ?? '').trim() : '';
    };
    const problems: string[] = [];
    const herId = get('her_id');
    if (!isValidHerId(herId)) problems.push(`ugyldig HER-id «${herId}» (bare sifre, høyst ni)`);
    else if (seen.has(herId)) problems.push(`HER-id ${herId} står flere ganger i filen`);
    const parentHerId = get('parent_her_id');
    if (parentHerId && !isValidHerId(parentHerId)) problems.push(`ugyldig overordnet HER-id «${parentHerId}»`);
    const name = get('name');
    if (!name) problems.push('navn mangler');
    else if (name.length > 200) problems.push('navnet er for langt');
    const kind = kindOf(get('service_kind'));
    if (!kind) {
      problems.push(`ukjent tjenestetype «${get('service_kind')}» (bruk ${ADDRESS_SERVICE_KIND_CODES.join(', ')})`);
    }
    const postalCode = get('postal_code');
    if (postalCode && !/^\d{4}$/.test(postalCode)) problems.push(`ugyldig postnummer «${postalCode}»`);
    const orgNr = get('organisation_number').replace(/\s+/g, '');
    if (orgNr && !isValidOrganisationNumber(orgNr)) problems.push(`ugyldig organisasjonsnummer «${orgNr}»`);
    const test = foldForSearch(get('test_value'));
    if (!YES.has(test) && !NO.has(test)) problems.push(`test må være ja eller nei, ikke «${get('test_value')}»`);
    const active = foldForSearch(get('active'));
    if (!YES.has(active) && !NO.has(active)) problems.push(`aktiv må være ja eller nei, ikke «${get('active')}»`);
    if (problems.length > 0 || !kind) {
      errors.push({ line: lineNo, message: `Linje ${lineNo}: ${problems.join('; ')}.` });
      continue;
    }
    seen.add(herId);
    rows.push({
      her_id: herId,
      parent_her_id: parentHerId || null,
      name,
      department: get('department') || null,
      service_kind: kind,
      specialty: get('specialty') || null,
      address_line: get('address_line') || null,
      postal_code: postalCode || null,
      city: get('city') || null,
      organisation_number: orgNr || null,
      test_value: YES.has(test) ? 1 : 0,
      // An empty "aktiv" column means active; only an explicit "nei" takes a service off the search.
      active: columns.includes('active') && NO.has(active) && active !== '' ? 0 : 1,
    });
  }
  return { rows, errors };
}

export function createAddressRegisterService(db: Kysely<Database>) {
  return {
    async search(ctx: ServiceContext, q: RecipientSearch): Promise<RecipientView[]> {
      requireRole(ctx, PERMISSIONS.referrals);
      const words = foldForSearch(q.query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      const rows = await searchAddressEntries(db, { words, kind: q.kind, limit: q.limit });
      return rows.map(recipientView);
    },

    async importFile(
      ctx: ServiceContext,
      input: { fileName: string; contentBase64: string },
    ): Promise<RegisterImportReport> {
      requireRole(ctx, REGISTER_IMPORTERS);
      const text = Buffer.from(input.contentBase64, 'base64').toString('utf8');
      if (text.includes('\uFFFD')) {
        throw new ServiceError(ErrorCode.invalidInput, 'Filen er ikke UTF-8. Lagre den som UTF-8 og prøv igjen.');
      }
      const parsed = parseRegisterFile(text);
      const at = ctx.now.toISOString();
      return db.transaction().execute(async (trx) => {
        let added = 0;
        let updated = 0;
        for (const r of parsed.rows) {
          if (await upsertAddressEntry(trx, entryRow({ ...r, source: 'import', updated_at: at }))) added++;
          else updated++;
        }
        await recordAudit(trx, ctx, {
          action: 'referral.register.import',
          detail: { fileName: input.fileName, added, updated, errors: parsed.errors.length },
        });
        return { fileName: input.fileName, added, updated, errors: parsed.errors };
      });
    },
  };
}
export type AddressRegisterService = ReturnType<typeof createAddressRegisterService>;
