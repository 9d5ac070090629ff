import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir';
import { APPREC_EXAMPLES, examplePath, officialExamples } from '../inbox/inbox-fixtures';
import { cli, seededDataDir } from './cli-harness';

describe('import-message', () => {
  const tempDir = useTempDir();
  let dataDir = '';
  beforeAll(async () => {
    // One seeded clinic for the whole file: the loop below is about reading, not about isolation.
    dataDir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'allmenn-import-message-'));
    await seededDataDir(dataDir, 5);
    return () => fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('reads every official Henvisning v2.0, Dialogmelding v1.1, Epikrise v1.2 and Svarrapport v1.4 example without error', async () => {
    const seen = new Set<string>();
    for (const { file, kind } of officialExamples()) {
      const run = await cli('import-message', '--data-dir', dataDir, '--json', examplePath(file));
      expect(run.code, `${file}: ${run.stderr}`).toBe(0);
      expect(run.json).toMatchObject({ command: 'import-message', ok: true, kind });
      // Some official examples share a MsgId (Ny and Test_mange_elementer); the second is recognised, not stored.
      const msgId = run.json.msgId as string;
      expect(run.json.stored).toBe(!seen.has(msgId));
      seen.add(msgId);
      // The examples are schema-valid: nothing lands as ugyldig.
      expect(run.json.status, file).not.toBe('ugyldig');
      expect(run.json.schemaErrors).toEqual([]);
    }
  }, 120_000);

  it('reads the AppRec examples (v1.0 and v1.1) too: a receipt is a kind of message Innboks knows', async () => {
    const dir = APPREC_EXAMPLES;
    for (const version of ['1.0', '1.1']) {
      for (const name of fs.readdirSync(path.join(dir, version)).sort()) {
        const run = await cli('import-message', '--data-dir', dataDir, '--json', path.join(dir, version, name));
        expect(run.code, `${version}/${name}: ${run.stderr}`).toBe(0);
        expect(run.json).toMatchObject({ kind: 'apprec', schemaErrors: [] });
      }
    }
  });

  it('says in Norwegian what happened: queued with the reason when no patient matches', async () => {
    const file = examplePath('Epikrise/Epikrise_v1-2/epikrise_v1.2_m.xml');
    const dir = tempDir();
    await seededDataDir(dir, 1);
    const run = await cli('import-message', '--data-dir', dir, file);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Epikrise .* er lagt i Innboks: Uavklart\./);
    expect(run.stdout).toMatch(/Venter på manuell kobling: Fant ingen pasient med fødselsnummer 13116900216\./);
  }, 60_000);

  it('exits 0 and lists the schema errors for a message that does not follow its schema', async () => {
    const dir = tempDir();
    await seededDataDir(dir, 1);
    const file = path.join(dir, 'ugyldig.xml');
    const xml = fs
      .readFileSync(examplePath('Dialogmelding/Dialogmelding-v1-1/Helsefaglig dialog.xml'), 'utf8')
      .replace('<MIGversion>', '<Uventet>x</Uventet><MIGversion>');
    fs.writeFileSync(file, xml);
    const run = await cli('import-message', '--data-dir', dir, file);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Ugyldig\./);
    expect(run.stdout).toMatch(/Følger ikke skjemaet \(\d+ feil\):\n {4}- .*Uventet/);
  }, 60_000);

  it('exits 2 with a Norwegian reason for a file that is not XML or not a kind of message we know', async () => {
    const dir = tempDir();
    await seededDataDir(dir, 1);
    const text = path.join(dir, 'brev.txt');
    fs.writeFileSync(text, 'Hei, her er epikrisen på papir.');
    const notXml = await cli('import-message', '--data-dir', dir, '--json', text);
    expect(notXml.code).toBe(2);
    expect(notXml.stderr).toMatch(/Feil: Filen er ikke XML\./);
    expect(notXml.json).toMatchObject({ ok: false });

    const m1 = examplePath('eresept/Rekvirent rekvirerer kun resept og leverer ikke PLL/M1 Resept.xml');
    const unknown = await cli('import-message', '--data-dir', dir, m1);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Ukjent meldingstype/);

    const missing = await cli('import-message', '--data-dir', dir, path.join(dir, 'finnes-ikke.xml'));
    expect(missing.code).toBe(2);
  }, 60_000);
});
