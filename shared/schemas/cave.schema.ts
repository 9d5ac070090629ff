import { z } from 'zod';

export const CAVE_SEVERITIES = ['lett', 'moderat', 'alvorlig', 'livstruende'] as const;
export const CAVE_CERTAINTIES = ['mistenkt', 'sannsynlig', 'bekreftet'] as const;
export const CAVE_SOURCES = ['pasient', 'parorende', 'helsepersonell', 'journal', 'annet'] as const;
export const CAVE_STATUSES = ['aktiv', 'inaktiv', 'feilregistrert'] as const;

export type CaveSeverity = (typeof CAVE_SEVERITIES)[number];
export type CaveCertainty = (typeof CAVE_CERTAINTIES)[number];
export type CaveSource = (typeof CAVE_SOURCES)[number];
export type CaveStatus = (typeof CAVE_STATUSES)[number];

export const CAVE_LABELS = {
  severity: { lett: 'Lett', moderat: 'Moderat', alvorlig: 'Alvorlig', livstruende: 'Livstruende' },
  certainty: { mistenkt: 'Mistenkt', sannsynlig: 'Sannsynlig', bekreftet: 'Bekreftet' },
  source: {
    pasient: 'Pasienten',
    parorende: 'Pårørende',
    helsepersonell: 'Helsepersonell',
    journal: 'Journal/epikrise',
    annet: 'Annet',
  },
  status: { aktiv: 'Aktiv', inaktiv: 'Inaktiv', feilregistrert: 'Feilregistrert' },
} as const;

const caveFields = {
  /** ATC code (level 1–5) when the allergen is a medicine or drug class; free text otherwise. */
  allergenAtc: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^[A-Z](\d{2}([A-Z]([A-Z](\d{2})?)?)?)?$/.test(v), 'Ugyldig ATC-kode'),
  allergenText: z.string().trim().max(200, 'Teksten er for lang').optional(),
  reaction: z
    .string()
    .trim()
    .max(500, 'Teksten er for lang')
    .optional()
    .transform((v) => (v ? v : undefined)),
  severity: z.enum(CAVE_SEVERITIES, { message: 'Velg alvorlighetsgrad' }),
  certainty: z.enum(CAVE_CERTAINTIES, { message: 'Velg sikkerhet' }),
  source: z.enum(CAVE_SOURCES, { message: 'Velg kilde' }),
  notedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Skriv datoen som åååå-mm-dd'),
};

export const caveAddSchema = z
  .object({ patientId: z.uuid(), ...caveFields })
  .strict()
  .refine((c) => c.allergenAtc !== undefined || (c.allergenText ?? '') !== '', {
    message: 'Velg et legemiddel (ATC) eller skriv hva pasienten ikke tåler',
    path: ['allergenText'],
    // Shown together with the other fields' errors, not only once they are all filled in.
    when: () => true,
  });
export type CaveAddInput = z.input<typeof caveAddSchema>;

export const caveReviseSchema = z
  .object({
    entryId: z.uuid(),
    ...caveFields,
    status: z.enum(CAVE_STATUSES),
    reason: z.string().trim().min(3, 'Skriv hvorfor opplysningen endres').max(500, 'Teksten er for lang'),
  })
  .strict();
export type CaveReviseInput = z.input<typeof caveReviseSchema>;
