import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kindOfMessage } from '../../electron/integrations/messages/henvisning.kind';
import { createMessageValidator, type MessageValidator } from '../../electron/integrations/messages/xsd-validator';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const ALL = readdirSync(FIXTURES).filter((name) => name.endsWith('.xml'));

let validator: MessageValidator;
beforeAll(async () => {
  validator = await createMessageValidator();
});

describe('official examples', () => {
  it.each(ALL)('%s validates', (name) => {
    expect(validator.validateBytes(readFileSync(path.join(FIXTURES, name)))).toEqual({ valid: true });
  });
});

const SVARRAPPORT = readdirSync(path.join(FIXTURES, 'svarrapport')).filter((name) => name.endsWith('.xml'));

describe('official Svarrapport v1.4 examples', () => {
  it.each(SVARRAPPORT)('%s validates and is routed as a svarrapport', (name) => {
    const bytes = readFileSync(path.join(FIXTURES, 'svarrapport', name));
    expect(validator.validateBytes(bytes)).toEqual({ valid: true });
    const kind = kindOfMessage(bytes.toString('utf8'));
    expect(kind.family).toBe('SVARRAPPORT');
    expect(kind.type).toMatch(/^SVAR_/);
  });
});
