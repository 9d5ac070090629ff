import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildM41Message } from '../../electron/integrations/messages/m41.builder';
import { MessageFormatError } from '../../electron/integrations/messages/message-errors';
import { parseMsgHead, requirePayload } from '../../electron/integrations/messages/msghead.parser';
import { NS } from '../../electron/integrations/messages/namespaces';
import { decodeXmlBytes } from '../../electron/integrations/messages/xml-encoding';
import { createMessageValidator, type MessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { CLINIC, RESEPTFORMIDLEREN, fixture } from './message-samples';

let validator: MessageValidator;

beforeAll(async () => {
  validator = await createMessageValidator();
});

describe('MsgHead envelope', () => {
  it('carries a ConversationRef when the message answers another', () => {
    const xml = buildM41Message({
      envelope: {
        msgId: '0195a1b2-0000-7000-8000-000000000101',
        genDate: '2026-03-02T08:00:00Z',
        sender: CLINIC,
        receiver: RESEPTFORMIDLEREN,
        conversationRef: { refToParent: 'parent-id', refToConversation: 'conversation-id' },
      },
      count: 5,
    });
    expect(validator.validate(xml)).toEqual({ valid: true });
    expect(parseMsgHead(xml).conversationRef).toEqual({
      refToParent: 'parent-id',
      refToConversation: 'conversation-id',
    });
  });

  it('names what it expected when a payload is of another kind', () => {
    const head = parseMsgHead(fixture('m52-kvittering.xml'));
    expect(() => requirePayload(head, NS.m5, 'Tilbakekalling')).toThrow(
      `Expected a {${NS.m5}}Tilbakekalling payload in ERM52, got {${NS.m52}}KvitteringTilbakekalling.`,
    );
  });

  it('refuses a document that is not a MsgHead', () => {
    expect(() => parseMsgHead(fixture('apprec-1.1-ok.xml'))).toThrow(MessageFormatError);
  });
});

describe('decoding received bytes', () => {
  it('follows an ISO-8859-1 declaration', () => {
    const bytes = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>Bjørnøya</a>', 'latin1');
    expect(decodeXmlBytes(bytes)).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a>Bjørnøya</a>');
  });

  it('reads UTF-8 when nothing is declared, and refuses bytes that are not what they claim', () => {
    expect(decodeXmlBytes(Buffer.from('<a>Ærø</a>', 'utf8'))).toBe('<a>Ærø</a>');
    expect(() => decodeXmlBytes(Buffer.from('<?xml version="1.0" encoding="UTF-8"?><a>\xf8</a>', 'latin1'))).toThrow(
      MessageFormatError,
    );
  });
});

describe('the message module boundary', () => {
  // The simulators share electron/integrations/messages with the app (ARCHITECTURE.md): it may use Node, its XML
  // libraries (xml-crypto for xmldsig) and itself, never electron, db/ or the services.
  const folder = path.resolve(import.meta.dirname, '../../electron/integrations/messages');
  const allowed = /^(\.\/[\w.-]+|node:[\w/]+|@xmldom\/xmldom|xml-crypto|libxml2-wasm(\/lib\/nodejs\.mjs)?)$/;

  it.each(readdirSync(folder).filter((file) => file.endsWith('.ts')))(
    '%s imports only what the simulators may share',
    (file) => {
      const source = readFileSync(path.join(folder, file), 'utf8');
      const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => match[1]);
      expect(specifiers.filter((specifier) => !allowed.test(specifier ?? ''))).toEqual([]);
    },
  );
});
