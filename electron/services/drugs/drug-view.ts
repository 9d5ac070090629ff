/** Catalogue rows as the API shows them. */
import type { RefundInForce } from '../../../db/repositories/drug-search.repository';
import type { DrugPackageRow, DrugProductRow, DrugSubstanceRow } from '../../../db/schema-drugs';
import type {
  DrugPackageView,
  DrugProductView,
  DrugRefundView,
  DrugSubstanceView,
} from '../../../shared/api/drug-views';

/** Distinct hjemler per owner ("package:id"), § 2 before § 3 and so on (the code's order, code list 7427). */
export function refundsByOwner(rows: readonly RefundInForce[]): Map<string, DrugRefundView[]> {
  const byOwner = new Map<string, DrugRefundView[]>();
  for (const row of rows) {
    const key = `${row.owner_kind}:${row.owner_id}`;
    const list = byOwner.get(key) ?? [];
    if (!list.some((r) => r.hjemmelCode === row.hjemmel_code)) {
      list.push({ hjemmelCode: row.hjemmel_code, hjemmel: row.hjemmel_text ?? row.hjemmel_code });
    }
    byOwner.set(key, list);
  }
  for (const list of byOwner.values()) list.sort((a, b) => a.hjemmelCode.localeCompare(b.hjemmelCode));
  return byOwner;
}

export function mergeRefunds(lists: readonly (readonly DrugRefundView[])[]): DrugRefundView[] {
  const merged = new Map<string, DrugRefundView>();
  for (const list of lists) for (const r of list) merged.set(r.hjemmelCode, r);
  return [...merged.values()].sort((a, b) => a.hjemmelCode.localeCompare(b.hjemmelCode));
}

/** Smallest pack first: the number before any "x" and after it, e.g. "3x28" = 84. */
function packCount(size: string | null): number {
  if (!size) return Number.MAX_SAFE_INTEGER;
  const product = size
    .split('x')
    .map((part) => Number(part.replace(',', '.')))
    .reduce((a, b) => a * b, 1);
  return Number.isFinite(product) ? product : Number.MAX_SAFE_INTEGER;
}

export function packageView(row: DrugPackageRow, refund: DrugRefundView[]): DrugPackageView {
  return {
    id: row.id,
    varenr: row.varenr,
    packSize: row.pack_size ? `${row.pack_size}${row.pack_unit ? ` ${row.pack_unit}` : ''}` : null,
    packType: row.pack_type,
    reseptgruppe: row.reseptgruppe,
    refund,
    deregisteredOn: row.deregistered_on,
  };
}

export function sortPackages(rows: readonly DrugPackageRow[]): DrugPackageRow[] {
  return [...rows].sort((a, b) => packCount(a.pack_size) - packCount(b.pack_size) || a.varenr.localeCompare(b.varenr));
}

export function productView(
  row: DrugProductRow,
  packages: DrugPackageView[],
  ownRefund: readonly DrugRefundView[],
): DrugProductView {
  return {
    kind: 'product',
    id: row.id,
    name: row.name,
    nameFormStrength: row.name_form_strength,
    form: row.form_long ?? row.form_text,
    strength: row.strength,
    atc: row.atc_code ? { code: row.atc_code, name: row.atc_text } : null,
    reseptgruppe: row.reseptgruppe,
    preparattype: row.preparattype_text,
    blackTriangle: row.black_triangle === 1,
    isDemo: row.is_demo === 1,
    refund: mergeRefunds([ownRefund, ...packages.map((p) => p.refund)]),
    packages,
  };
}

export function substanceView(
  row: DrugSubstanceRow,
  productCount: number,
  refund: DrugRefundView[],
): DrugSubstanceView {
  return {
    kind: 'substance',
    id: row.id,
    nameFormStrength: row.name_form_strength,
    form: row.form_text,
    atc: row.atc_code ? { code: row.atc_code, name: row.atc_text } : null,
    reseptgruppe: row.reseptgruppe,
    isDemo: row.is_demo === 1,
    productCount,
    refund,
  };
}
