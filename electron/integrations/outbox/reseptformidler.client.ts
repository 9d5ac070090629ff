/**
 * The reseptformidler's HTTP interface as the EPJ sees it (simulators/reseptformidler/README.md, "The EPJ's side").
 * Every call has a timeout; the answer is sorted into what the delivery worker must do next: 202 is accepted, 400
 * is a permanent refusal of the document, and anything else (503, refused connection, timeout, 5xx) is a transport
 * failure to retry with the same MsgId, because RF may or may not have processed it.
 */

export const DEFAULT_RF_TIMEOUT_MS = 10_000;

export type PostOutcome =
  | { kind: 'accepted'; duplicate: boolean }
  /** HTTP 400: RF cannot read or answer this document at all; resending the same bytes cannot help. */
  | { kind: 'refused'; error: string; message: string }
  | { kind: 'transport-failure'; reason: string };

export interface InboxItem {
  msgId: string;
  /** 'AppRec', 'ERM42', 'ERM52', 'ERM96', 'ERM6'. */
  kind: string;
  /** The MsgId answered (for an M6: the ReseptId). */
  inReplyTo: string | null;
  xml: string;
}

export interface ReseptformidlerClient {
  /** Posts one MsgHead document, byte for byte. Never throws: every failure is an outcome. */
  postMessage(xml: string): Promise<PostOutcome>;
  /** The clinic's pending inbox, oldest first. Throws RfTransportError when RF cannot be reached. */
  fetchInbox(herId: string, limit: number): Promise<InboxItem[]>;
  /** Acknowledges read messages, so RF stops handing them out. Throws RfTransportError. */
  ack(herId: string, msgIds: readonly string[]): Promise<number>;
}

export class RfTransportError extends Error {
  override readonly name = 'RfTransportError';
}

export interface RfClientOptions {
  /** e.g. http://127.0.0.1:PORT, without a trailing slash. */
  baseUrl: string;
  timeoutMs?: number;
}

interface RawAnswer {
  status: number;
  text: string;
}

function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timeout';
    // undici reports a refused or cut connection as "fetch failed" with the socket error as its cause.
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Error) return `${error.message}: ${(cause as { code?: string }).code ?? cause.message}`;
    return error.message;
  }
  return String(error);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

export function createReseptformidlerClient(options: RfClientOptions): ReseptformidlerClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_RF_TIMEOUT_MS;

  // Throws on transport errors only; the body is always read so the kept-alive connection can be reused.
  async function request(method: 'GET' | 'POST', path: string, body?: string, type?: string): Promise<RawAnswer> {
    const init: RequestInit = { method, signal: AbortSignal.timeout(timeoutMs) };
    if (body !== undefined) {
      init.body = body;
      init.headers = { 'content-type': type ?? 'application/json' };
    }
    const response = await fetch(`${baseUrl}${path}`, init);
    return { status: response.status, text: await response.text() };
  }

  async function requestOrThrow(method: 'GET' | 'POST', path: string, body?: string): Promise<unknown> {
    let answer: RawAnswer;
    try {
      answer = await request(method, path, body);
    } catch (error) {
      throw new RfTransportError(`${method} ${path}: ${describeFailure(error)}`);
    }
    if (answer.status !== 200) throw new RfTransportError(`${method} ${path}: HTTP ${answer.status}`);
    return parseJson(answer.text);
  }

  return {
    async postMessage(xml) {
      let answer: RawAnswer;
      try {
        answer = await request('POST', '/messages', xml, 'application/xml; charset=utf-8');
      } catch (error) {
        return { kind: 'transport-failure', reason: describeFailure(error) };
      }
      const body = parseJson(answer.text);
      if (answer.status === 202) return { kind: 'accepted', duplicate: field(body, 'duplicate') === true };
      if (answer.status === 400) {
        const error = field(body, 'error');
        const details = field(body, 'details') ?? field(body, 'message');
        return {
          kind: 'refused',
          error: typeof error === 'string' ? error : 'bad-request',
          message: typeof details === 'string' ? details : JSON.stringify(details ?? null),
        };
      }
      // 503 is RF's "try later"; any other status (404 from a wrong URL, 5xx) is also no verdict on the document.
      return { kind: 'transport-failure', reason: `HTTP ${answer.status}` };
    },

    async fetchInbox(herId, limit) {
      const body = await requestOrThrow('GET', `/inbox?her=${encodeURIComponent(herId)}&limit=${limit}`);
      if (!Array.isArray(body)) throw new RfTransportError('GET /inbox: not a list');
      return body.map((raw): InboxItem => {
        const msgId = field(raw, 'msgId');
        const kind = field(raw, 'kind');
        const xml = field(raw, 'xml');
        const inReplyTo = field(raw, 'inReplyTo');
        if (typeof msgId !== 'string' || typeof kind !== 'string' || typeof xml !== 'string') {
          throw new RfTransportError('GET /inbox: an item without msgId, kind or xml');
        }
        return { msgId, kind, xml, inReplyTo: typeof inReplyTo === 'string' ? inReplyTo : null };
      });
    },

    async ack(herId, msgIds) {
      if (msgIds.length === 0) return 0;
      const body = await requestOrThrow('POST', '/inbox/ack', JSON.stringify({ msgIds, her: herId }));
      const acked = field(body, 'acked');
      return typeof acked === 'number' ? acked : 0;
    },
  };
}
