/**
 * The SMS gateway's HTTP interface as the app sees it (simulators/sms-gateway/README.md). Every call has a
 * timeout; a send is sorted into what the worker does next: 200/202 accepted (a resend of the same msgId is a
 * duplicate the gateway never sends twice), 400 a permanent refusal, anything else a transport failure to retry.
 */

export const DEFAULT_SMS_TIMEOUT_MS = 10_000;

export type SmsSendOutcome =
  | { kind: 'accepted'; duplicate: boolean }
  | { kind: 'refused'; message: string }
  | { kind: 'transport-failure'; reason: string };

export interface GatewayIncomingSms {
  id: string;
  from: string;
  text: string;
  receivedAt: string;
}

export interface SmsGatewayClient {
  /** Never throws: every failure is an outcome. */
  send(sms: { msgId: string; to: string; text: string }): Promise<SmsSendOutcome>;
  /** Incoming SMS not yet acked, oldest first. Throws SmsTransportError when the gateway cannot be reached. */
  fetchInbox(limit: number): Promise<GatewayIncomingSms[]>;
  ack(ids: readonly string[]): Promise<number>;
}

export class SmsTransportError extends Error {
  override readonly name = 'SmsTransportError';
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timeout';
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Error) return `${error.message}: ${(cause as { code?: string }).code ?? cause.message}`;
    return error.message;
  }
  return String(error);
}

export function createSmsGatewayClient(options: { baseUrl: string; timeoutMs?: number }): SmsGatewayClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_SMS_TIMEOUT_MS;

  async function request(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: unknown }> {
    const init: RequestInit = { method, signal: AbortSignal.timeout(timeoutMs) };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { 'content-type': 'application/json' };
    }
    const response = await fetch(`${baseUrl}${path}`, init);
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, json };
  }

  const field = (body: unknown, name: string): unknown =>
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;

  return {
    async send(sms) {
      let answer;
      try {
        answer = await request('POST', '/sms', sms);
      } catch (error) {
        return { kind: 'transport-failure', reason: describe(error) };
      }
      if (answer.status === 200 || answer.status === 202) {
        return { kind: 'accepted', duplicate: field(answer.json, 'duplicate') === true };
      }
      if (answer.status === 400) {
        const message = field(answer.json, 'message');
        return { kind: 'refused', message: typeof message === 'string' ? message : 'SMS-tjenesten avviste meldingen.' };
      }
      return { kind: 'transport-failure', reason: `HTTP ${answer.status}` };
    },

    async fetchInbox(limit) {
      let answer;
      try {
        answer = await request('GET', `/inbox?limit=${limit}`);
      } catch (error) {
        throw new SmsTransportError(describe(error));
      }
      if (answer.status !== 200) throw new SmsTransportError(`HTTP ${answer.status}`);
      const messages = field(answer.json, 'messages');
      return Array.isArray(messages) ? (messages as GatewayIncomingSms[]) : [];
    },

    async ack(ids) {
      let answer;
      try {
        answer = await request('POST', '/inbox/ack', { ids });
      } catch (error) {
        throw new SmsTransportError(describe(error));
      }
      if (answer.status !== 200) throw new SmsTransportError(`HTTP ${answer.status}`);
      const acked = field(answer.json, 'acked');
      return typeof acked === 'number' ? acked : 0;
    },
  };
}
