/**
 * The answers that come later than the AppRec: the Status på henvisning when a referral's assessment is due, then
 * the epikrise when that is due (to the referrer and each copy recipient, each into its own HER-id inbox). Runs
 * after every intake, on a timer, and on `POST /admin/advance` (every open referral one step on, due or not).
 * Each step is one transaction: the answers are stored with the referral's new state, so a crash repeats nothing.
 */
import { parseHenvisning } from '../../../electron/integrations/messages/henvisning.parser';
import { parseMsgHead } from '../../../electron/integrations/messages/msghead.parser';
import { osloDate } from '../../../shared/rules/dates';
import type { SpesContext } from '../intake/intake.types';
import { enqueue, insertAnswer, type Answer } from '../storage/messages.store';
import { dueReferrals, updateReferral, type Referral } from '../storage/referrals.store';
import { assessmentFor, buildEpikriseAnswer, buildStatusAnswer } from './answer-builders';

function later(now: Date, ms: number): string {
  return new Date(now.getTime() + ms).toISOString();
}

function store(context: SpesContext, referral: Referral, answers: readonly Answer[]): void {
  const at = context.now.toISOString();
  for (const answer of answers) {
    insertAnswer(context.db, answer, at);
    if (!referral.answersDropped) enqueue(context.db, answer, at);
  }
}

function assess(context: SpesContext, referral: Referral): Referral {
  const head = parseMsgHead(referral.lastXml);
  const henvisning = parseHenvisning(referral.lastXml);
  const department = henvisning.receiver.department?.name;
  const place = department
    ? `${henvisning.receiver.organisationName}, ${department}`
    : henvisning.receiver.organisationName;
  const assessment = assessmentFor(referral.hastegrad, osloDate(new Date(referral.receivedAt)), context.today, place);
  const msgId = context.newId();
  const xml = context.emit(
    buildStatusAnswer({
      msgId,
      genDate: context.now.toISOString(),
      head,
      henvisning,
      firstMsgId: referral.firstMsgId,
      assessment,
    }),
  );
  store(context, referral, [
    {
      answerId: msgId,
      inReplyTo: referral.firstMsgId,
      herId: referral.senderHer,
      kind: 'DIALOG_STATUS_HENVISNING',
      xml,
    },
  ]);
  return {
    ...referral,
    state: 'vurdert',
    epikriseDueAt: later(context.now, context.timing.epikriseAfterMs),
    updatedAt: context.now.toISOString(),
  };
}

function writeEpikrise(context: SpesContext, referral: Referral): Referral {
  const head = parseMsgHead(referral.lastXml);
  const henvisning = parseHenvisning(referral.lastXml);
  const epikriseId = context.newId();
  const seenAt = `${context.now.toISOString().slice(0, 19)}`;
  const recipients = [referral.senderHer, ...henvisning.copyRecipients.map((copy) => copy.herId)];
  const answers: Answer[] = [...new Set(recipients)].map((herId) => {
    const msgId = context.newId();
    const xml = context.emit(
      buildEpikriseAnswer({ msgId, genDate: context.now.toISOString(), epikriseId, head, henvisning, seenAt }),
    );
    return { answerId: msgId, inReplyTo: referral.firstMsgId, herId, kind: 'EPIKRISE', xml };
  });
  store(context, referral, answers);
  return { ...referral, state: 'epikrise', updatedAt: context.now.toISOString() };
}

/** One step on for a referral: the assessment if it has none, else the epikrise. */
function step(context: SpesContext, referral: Referral): void {
  const next = referral.state === 'mottatt' ? assess(context, referral) : writeEpikrise(context, referral);
  updateReferral(context.db, next);
}

/**
 * Sends every answer that is due now (`all`: every open referral's next answer, due or not). Returns how many
 * referrals moved on. A referral whose answer cannot be built is logged and left, so one bad row never blocks
 * the rest.
 */
export function runDue(context: SpesContext, all: boolean, log: (line: string) => void): number {
  let moved = 0;
  // Due mode repeats, so an epikrise due at once after its assessment (both delays 0) goes out in the same run.
  for (let round = 0; round < (all ? 1 : 3); round++) {
    const referrals = dueReferrals(context.db, all ? undefined : context.now.toISOString());
    if (referrals.length === 0) break;
    for (const referral of referrals) {
      try {
        context.db.transaction(() => step(context, referral))();
        moved++;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        log(`could not answer referral ${referral.referralKey}: ${reason}`);
      }
    }
  }
  return moved;
}
