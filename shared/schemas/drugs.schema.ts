import { z } from 'zod';

/** drugs.search: a name or substance prefix ("parac", "ibu"), an ATC code ("C09CA01", "C09") or a varenummer. */
export const drugSearchSchema = z
  .object({
    query: z.string().max(100, 'Søket er for langt'),
    /** Most products to return; substance groups are capped separately. */
    limit: z.number().int().min(1).max(100).optional(),
  })
  .strict();
export type DrugSearchInput = z.infer<typeof drugSearchSchema>;
