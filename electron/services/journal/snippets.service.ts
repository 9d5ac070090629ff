/** Fraser: a clinician's own text snippets, expanded in the note by a short keyword. Not clinical data. */
import type { Kysely } from 'kysely';
import { deleteSnippet, snippetsOf, upsertSnippet } from '../../../db/repositories/snippets.repository';
import type { Database } from '../../../db/schema';
import { ErrorCode } from '../../../shared/api/error-codes';
import type { SnippetView } from '../../../shared/api/views';
import { PERMISSIONS } from '../../../shared/schemas/roles';
import { requireRole } from '../auth/authorize';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { ServiceError } from '../service-error';

function owner(ctx: ServiceContext): string {
  requireRole(ctx, PERMISSIONS.patientClinical);
  if (!ctx.user.id) throw new ServiceError(ErrorCode.forbidden, 'Fraser hører til en innlogget lege.');
  return ctx.user.id;
}

export function createSnippetsService(db: Kysely<Database>) {
  return {
    async list(ctx: ServiceContext): Promise<SnippetView[]> {
      return (await snippetsOf(db, owner(ctx))).map((s) => ({ id: s.id, keyword: s.keyword, body: s.body }));
    },
    async save(ctx: ServiceContext, input: { keyword: string; body: string }): Promise<SnippetView[]> {
      const ownerId = owner(ctx);
      const at = ctx.now.toISOString();
      await upsertSnippet(db, {
        id: newId(),
        owner_id: ownerId,
        keyword: input.keyword,
        body: input.body,
        created_at: at,
        updated_at: at,
      });
      return this.list(ctx);
    },
    async remove(ctx: ServiceContext, id: string): Promise<SnippetView[]> {
      if ((await deleteSnippet(db, owner(ctx), id)) === 0)
        throw new ServiceError(ErrorCode.notFound, 'Fant ikke frasen.');
      return this.list(ctx);
    },
  };
}
