import { z } from 'zod';
import { setupClinicSchema } from '../../../../shared/schemas/clinic.schema';

/**
 * The shared setup schema plus what only a form needs: typing the password twice. The service never sees the
 * repeat; every other rule is the service's own, so the form and the service judge the input alike.
 * (zod 4 runs this refinement even when other fields are invalid, so every problem shows at once.)
 */
export const setupFormSchema = setupClinicSchema
  .extend({
    admin: setupClinicSchema.shape.admin.extend({ repeatPassword: z.string().min(1, 'Skriv passordet en gang til') }),
  })
  .refine((form) => form.admin.password === form.admin.repeatPassword, {
    message: 'Passordene er ikke like',
    path: ['admin', 'repeatPassword'],
  });

export type SetupFormValues = z.input<typeof setupFormSchema>;
export type SetupFormOutput = z.output<typeof setupFormSchema>;

export const emptySetupForm: SetupFormValues = {
  clinic: { name: '', organisationNumber: '', herId: '' },
  admin: { displayName: '', username: '', password: '', repeatPassword: '' },
};
