/**
 * Talks to a running simulated reseptformidler over real HTTP, as the app's outbox worker will, and checks that
 * every message RF hands out validates against the official schemas.
 */
import type { MessageValidator } from '../../electron/integrations/messages/xsd-validator';

export interface InboxItem {
  msgId: string;
  kind: 'AppRec' | 'ERM42' | 'ERM52' | 'ERM96' | 'ERM6';
  inReplyTo: string | null;
  xml: string;
}

export interface HttpAnswer {
  status: number;
  body: unknown;
}

export interface PrescriptionView {
  reseptId: string;
  state: string;
  listStatus: string;
  patient: string | null;
  refNr: string | null;
  locked: boolean;
  prescriberHpr: string;
  dispensings: number;
}

async function answer(response: Response): Promise<HttpAnswer> {
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

export class RfTestClient {
  constructor(
    readonly url: string,
    private readonly validator: MessageValidator,
  ) {}

  async post(xml: string): Promise<HttpAnswer> {
    return answer(
      await fetch(`${this.url}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/xml; charset=utf-8' },
        body: xml,
      }),
    );
  }

  async json(method: 'GET' | 'POST', path: string, body?: unknown): Promise<HttpAnswer> {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { 'content-type': 'application/json' };
    }
    return answer(await fetch(`${this.url}${path}`, init));
  }

  /** The pending inbox; throws when RF hands out a message its schemas reject. */
  async inbox(her: string): Promise<InboxItem[]> {
    const { status, body } = await this.json('GET', `/inbox?her=${her}`);
    if (status !== 200) throw new Error(`GET /inbox answered ${status}: ${JSON.stringify(body)}`);
    const items = body as InboxItem[];
    for (const item of items) {
      const result = this.validator.validate(item.xml);
      if (!result.valid) throw new Error(`RF emitted an invalid ${item.kind}: ${result.errors.join('; ')}`);
    }
    return items;
  }

  async ack(msgIds: readonly string[], her?: string): Promise<number> {
    const { status, body } = await this.json('POST', '/inbox/ack', her === undefined ? { msgIds } : { msgIds, her });
    if (status !== 200) throw new Error(`POST /inbox/ack answered ${status}`);
    return (body as { acked: number }).acked;
  }

  /** Everything pending that answers `msgId`, acked once read. */
  async answersTo(her: string, msgId: string): Promise<InboxItem[]> {
    const items = (await this.inbox(her)).filter((item) => item.inReplyTo === msgId);
    await this.ack(
      items.map((item) => item.msgId),
      her,
    );
    return items;
  }

  async prescriptions(patient?: string): Promise<PrescriptionView[]> {
    const query = patient === undefined ? '' : `?patient=${patient}`;
    return (await this.json('GET', `/admin/prescriptions${query}`)).body as PrescriptionView[];
  }
}
