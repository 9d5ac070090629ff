import { z } from 'zod';
import { isValidHerId, isValidHprNumber } from '../rules/health-identifiers';
import { isValidOrganisationNumber } from '../rules/organisation-number';
import { ROLES, isClinicianRole } from './roles';

export const clinicSchema = z.object({
  name: z.string().trim().min(2, 'Skriv navnet på legekontoret').max(200, 'Navnet er for langt'),
  organisationNumber: z
    .string()
    .trim()
    .regex(/^\d{9}$/, 'Organisasjonsnummeret må ha 9 siffer')
    .refine(isValidOrganisationNumber, 'Kontrollsifferet i organisasjonsnummeret stemmer ikke'),
  herId: z.string().trim().refine(isValidHerId, 'HER-id må være et tall med opptil 9 siffer'),
});
export type ClinicInput = z.infer<typeof clinicSchema>;

/** A password a clinic can live with: long enough that a stolen laptop is not an open journal. */
export const passwordSchema = z.string().min(10, 'Passordet må ha minst 10 tegn').max(256, 'Passordet er for langt');

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{2,40}$/, 'Brukernavn: 2–40 tegn, bare a–z, 0–9, punktum, bindestrek og understrek');

export const newUserSchema = z
  .object({
    username: usernameSchema,
    displayName: z.string().trim().min(2, 'Skriv fullt navn').max(200, 'Navnet er for langt'),
    role: z.enum(ROLES, { message: 'Velg en rolle' }),
    hprNumber: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v === '' ? undefined : v))
      .refine((v) => v === undefined || isValidHprNumber(v), 'HPR-nummer må være et tall med opptil 9 siffer'),
    password: passwordSchema,
  })
  .refine((u) => !isClinicianRole(u.role) || u.hprNumber !== undefined, {
    message: 'Leger må ha HPR-nummer',
    path: ['hprNumber'],
  });
export type NewUserInput = z.input<typeof newUserSchema>;

export const setupClinicSchema = z.object({
  clinic: clinicSchema,
  admin: z.object({
    username: usernameSchema,
    displayName: z.string().trim().min(2, 'Skriv fullt navn').max(200, 'Navnet er for langt'),
    password: passwordSchema,
  }),
});
export type SetupClinicInput = z.input<typeof setupClinicSchema>;

export const loginSchema = z.object({
  username: z.string().trim().toLowerCase().min(1, 'Skriv brukernavn'),
  password: z.string().min(1, 'Skriv passord').max(256, 'Passordet er for langt'),
});
export type LoginInput = z.input<typeof loginSchema>;
