import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMessageValidator,
  defaultSchemaDir,
  type MessageValidator,
} from '../../electron/integrations/messages/xsd-validator';
import { fixture } from './message-samples';

let validator: MessageValidator;

beforeAll(async () => {
  validator = await createMessageValidator();
});

/** The official examples copied into test/fixtures/messages (see the README there). */
const OFFICIAL = [
  'm1-resept.xml',
  'm1-resept-bla.xml',
  'm1-magistrell.xml',
  'm5-tilbakekalling.xml',
  'm52-kvittering.xml',
  'm6-utleveringsrapport.xml',
  'm10-utleveringsrapport.xml',
  'm41-msghead.xml',
  'm42-msghead.xml',
  'apprec-1.1-ok.xml',
  'apprec-1.1-avvist.xml',
  'apprec-1.0-feil-i-delmelding.xml',
  'm96-2018-derived.xml',
];

describe('the shipped schema set', () => {
  it('is compiled once and shared by every caller', async () => {
    expect(await createMessageValidator()).toBe(validator);
    expect(await createMessageValidator({ schemaDir: defaultSchemaDir() })).toBe(validator);
  });

  it.each(OFFICIAL)('accepts the official example %s', (name) => {
    expect(validator.validate(fixture(name))).toEqual({ valid: true });
  });

  it('validates a message in well under a millisecond on average once compiled', () => {
    const xml = fixture('m1-resept.xml');
    const started = performance.now();
    for (let i = 0; i < 100; i++) validator.validate(xml);
    // ~0.3 ms here; the bound leaves room for a slow CI core while still catching a per-call recompile (~100 ms).
    expect((performance.now() - started) / 100).toBeLessThan(10);
  });

  it('loads the ISO-8859-1 MsgHead schema correctly, so æøå in a message are plain text', () => {
    // The schema file really is Latin-1: a UTF-8 read would have failed on its Norwegian comments.
    const schema = readFileSync(path.join(defaultSchemaDir(), 'skjema/felleskomponenter/MsgHead-v1_2.xsd'));
    expect(schema.subarray(0, 60).toString('latin1')).toContain('encoding="ISO-8859-1"');
    expect(schema.includes(Buffer.from('Ø', 'utf8'))).toBe(false);
    expect(validator.validate(fixture('m1-resept.xml').replace('MJØNDALEN', 'Ærøy Åsgård'))).toEqual({ valid: true });
  });

  it('reads bytes by their declared encoding', () => {
    const latin1 = Buffer.from(
      fixture('m41-msghead.xml').replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace('Koman', 'Kåmæn'),
      'latin1',
    );
    expect(validator.validateBytes(latin1)).toEqual({ valid: true });
    // A decoded string with a Latin-1 prolog is still read as the text it is.
    expect(validator.validate(latin1.toString('latin1'))).toEqual({ valid: true });
  });
});

describe('invalid messages', () => {
  it('are rejected with the line and the element at fault, namespaces shortened', () => {
    const xml = fixture('m1-resept.xml').replace(/<Utloper>[^<]*<\/Utloper>/, '');
    const result = validator.validate(xml);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^line \d+: Element 'm1:Frikort': This element is not expected\. Expected is \( m1:Utloper \)/,
      ),
    ]);
  });

  it('are rejected when a payload is in a namespace the set does not know (Content is a strict wildcard)', () => {
    const xml = fixture('m5-tilbakekalling.xml').replaceAll('eresept/m5/2013-04-16', 'eresept/m5/2099-01-01');
    const result = validator.validate(xml);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.errors.join('\n')).toContain('No matching global element declaration available');
  });

  it('are rejected when a code value breaks its type', () => {
    const xml = fixture('m52-kvittering.xml').replace('S="2.16.578.1.12.4.1.1.7503"', 'S="not an oid"');
    const result = validator.validate(xml);
    expect(result).toMatchObject({ valid: false, errors: [expect.stringContaining("attribute 'S'")] });
  });

  it('are rejected as not well-formed when they are not XML at all', () => {
    const result = validator.validate('<MsgHead><MsgInfo></MsgHead>');
    expect(result).toMatchObject({ valid: false, errors: [expect.stringMatching(/^not well-formed XML: line 1: /)] });
  });
});

describe('imports with remote schemaLocations', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** A schema folder with AppRec 1.1 (which imports kith.xsd from www.kith.no) and a wrapper of our choosing. */
  function folderWith(wrapperImports: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'allmenn-xsd-'));
    dirs.push(dir);
    for (const file of ['applikasjonskvittering/AppRec-v1.1.xsd', 'felleskomponenter/kith.xsd']) {
      mkdirSync(path.dirname(path.join(dir, 'skjema', file)), { recursive: true });
      copyFileSync(path.join(defaultSchemaDir(), 'skjema', file), path.join(dir, 'skjema', file));
    }
    writeFileSync(
      path.join(dir, 'allmenn-schemas.xsd'),
      `<schema xmlns="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:test">${wrapperImports}</schema>`,
    );
    return dir;
  }

  const appRec =
    '<import namespace="http://www.kith.no/xmlstds/apprec/2012-02-15" schemaLocation="skjema/applikasjonskvittering/AppRec-v1.1.xsd"/>';
  const kith = '<import namespace="http://www.kith.no/xmlstds" schemaLocation="skjema/felleskomponenter/kith.xsd"/>';

  it('are skipped when the namespace is already loaded from its local file', async () => {
    const local = await createMessageValidator({ schemaDir: folderWith(kith + appRec) });
    expect(local.validate(fixture('apprec-1.1-ok.xml'))).toEqual({ valid: true });
  });

  it('fail the compile when the local copy is not loaded first, so the wrapper order is what makes it work', async () => {
    await expect(createMessageValidator({ schemaDir: folderWith(appRec) })).rejects.toThrow(
      /do not compile[\s\S]*http:\/\/www\.kith\.no\/xmlstds\/kith\.xsd/,
    );
  });
});
