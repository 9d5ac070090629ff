/**
 * Measurements a GP records in a note, with units and the range a real value can lie in (outside it the value is
 * a typing error, not a finding). Units follow Norwegian laboratory practice (HbA1c in mmol/mol, IFCC).
 */
export const MEASUREMENTS = {
  bt_sys: { label: 'BT systolisk', unit: 'mmHg', min: 50, max: 300, decimals: 0 },
  bt_dia: { label: 'BT diastolisk', unit: 'mmHg', min: 20, max: 200, decimals: 0 },
  puls: { label: 'Puls', unit: '/min', min: 20, max: 250, decimals: 0 },
  temp: { label: 'Temperatur', unit: '°C', min: 30, max: 45, decimals: 1 },
  vekt: { label: 'Vekt', unit: 'kg', min: 0.3, max: 400, decimals: 1 },
  hoyde: { label: 'Høyde', unit: 'cm', min: 20, max: 250, decimals: 0 },
  spo2: { label: 'SpO₂', unit: '%', min: 50, max: 100, decimals: 0 },
  crp: { label: 'CRP', unit: 'mg/L', min: 0, max: 500, decimals: 0 },
  hb: { label: 'Hb', unit: 'g/dL', min: 3, max: 25, decimals: 1 },
  hba1c: { label: 'HbA1c', unit: 'mmol/mol', min: 15, max: 200, decimals: 0 },
  glukose: { label: 'Glukose', unit: 'mmol/L', min: 0.5, max: 60, decimals: 1 },
  inr: { label: 'INR', unit: '', min: 0.5, max: 10, decimals: 1 },
} as const;

export type MeasurementKind = keyof typeof MEASUREMENTS;
export const MEASUREMENT_KINDS = Object.keys(MEASUREMENTS) as MeasurementKind[];

export function measurementRangeMessage(kind: MeasurementKind): string {
  const m = MEASUREMENTS[kind];
  return `${m.label} må være mellom ${m.min} og ${m.max}${m.unit ? ` ${m.unit}` : ''}`;
}

/** BMI from weight (kg) and height (cm), one decimal; undefined unless both are there. */
export function bmi(weightKg: number | undefined, heightCm: number | undefined): number | undefined {
  if (!weightKg || !heightCm) return undefined;
  return Math.round((weightKg / (heightCm / 100) ** 2) * 10) / 10;
}
