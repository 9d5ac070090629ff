/**
 * A product's strength as a doctor reads it ("400 mg/30 mg", "0,1 mg/dose"), from FEST's VirkestoffMedStyrke
 * (spec 4.3.5.10). FEST writes the numbers with a decimal point there and with a comma in NavnFormStyrke; we show
 * the comma, like NavnFormStyrke.
 */
import type { ProductStrengthPart } from '../../../db/repositories/drug-catalogue.repository';

function amount(value: string): string {
  const n = Number(value);
  const text = Number.isFinite(n) ? String(n) : value;
  return text.replace('.', ',');
}

/** One substance's strength; Styrkeoperator (7445): I intervall, M mindre enn, S større enn, L lik. */
export function strengthPart(p: Omit<ProductStrengthPart, 'product_id' | 'position'>): string {
  let value = amount(p.amount);
  if (p.operator === 'I' && p.upper_amount) value = `${value}–${amount(p.upper_amount)}`;
  else if (p.operator === 'M') value = `<${value}`;
  else if (p.operator === 'S') value = `>${value}`;
  let text = p.unit ? `${value} ${p.unit}` : value;
  if (p.per_unit)
    text += `/${p.per_amount && Number(p.per_amount) !== 1 ? `${amount(p.per_amount)} ` : ''}${p.per_unit}`;
  return text;
}

/** Strength texts by product, parts joined in the product's order with "/" as NavnFormStyrke does. */
export function strengthsByProduct(parts: readonly ProductStrengthPart[]): Map<string, string> {
  const byProduct = new Map<string, string[]>();
  for (const part of parts) {
    const list = byProduct.get(part.product_id) ?? [];
    list.push(strengthPart(part));
    byProduct.set(part.product_id, list);
  }
  return new Map([...byProduct].map(([id, list]) => [id, list.join('/')]));
}
