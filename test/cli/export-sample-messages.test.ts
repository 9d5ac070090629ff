/**
 * `export-sample-messages --out DIR` with real parts: a temporary demo clinic, the app's own builders and signing,
 * the delivery worker and the simulated reseptformidler over loopback. Every file must validate against the
 * official XSDs, independently of the command's own check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FILES } from '../../electron/cli/commands/export-sample-messages.command';
import { parseAppRec } from '../../electron/integrations/messages/apprec.parser';
import { parseM1Message } from '../../electron/integrations/messages/m1.parser';
import { parseMsgHead } from '../../electron/integrations/messages/msghead.parser';
import { createMessageValidator } from '../../electron/integrations/messages/xsd-validator';
import { useTempDir } from '../support/temp-dir';
import { cli } from './cli-harness';

describe('export-sample-messages', () => {
  const tempDir = useTempDir();

  it('writes one valid document per kind without --data-dir', async () => {
    const out = path.join(tempDir(), 'eksempler');
    const run = await cli('export-sample-messages', '--out', out, '--json');
    expect(run.stderr).not.toMatch(/Feil/);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ command: 'export-sample-messages', ok: true, out });
    expect(fs.readdirSync(out).sort()).toEqual([...SAMPLE_FILES].sort());
    const wanted = ['m1-hvit.xml', 'm1-bla.xml', 'm1-last.xml', 'm5.xml', 'm95.xml', 'm41.xml', 'apprec.xml'];
    for (const file of [...wanted, 'henvisning.xml']) {
      expect(SAMPLE_FILES).toContain(file);
    }

    const validator = await createMessageValidator();
    const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
    for (const file of SAMPLE_FILES) {
      expect(validator.validate(read(file)), file).toEqual({ valid: true });
    }
    // The AppRec is its own root document (AppRec v1.1), everything the app sends is a MsgHead.
    const sent = SAMPLE_FILES.filter((f) => f !== 'apprec.xml');
    const kinds = Object.fromEntries(sent.map((f) => [f, parseMsgHead(read(f)).type.code]));
    expect(kinds).toMatchObject({
      'm1-hvit.xml': 'ERM1',
      'm1-bla.xml': 'ERM1',
      'm1-last.xml': 'ERM1',
      'm5.xml': 'ERM5',
      'm95.xml': 'ERM95',
      'm41.xml': 'ERM41',
      'henvisning.xml': 'HENVISNING_NYTILSTAND',
    });
    expect(parseMsgHead(read('henvisning.xml')).signed).toBe(true);
    const hvit = parseM1Message(read('m1-hvit.xml'));
    expect(hvit.prescription.refund).toBeUndefined();
    expect(parseMsgHead(read('m1-hvit.xml')).signed).toBe(true);
    expect(parseM1Message(read('m1-bla.xml')).prescription.refund).toMatchObject({ hjemmel: '200' });
    const last = parseM1Message(read('m1-last.xml')).prescription;
    expect(last.locked).toBe(true);
    expect(last.referansenummer).toMatch(/^\d+$/);
    // The simulator's AppRec answers the hvit M1, and says OK.
    const appRec = parseAppRec(read('apprec.xml'));
    expect(appRec.status.code).toBe('1');
    expect(appRec.originalMessage.msgId).toBe(hvit.reseptId);
  });

  it('refuses --data-dir and a missing --out with exit code 2', async () => {
    const withDataDir = await cli('export-sample-messages', '--out', tempDir(), '--data-dir', tempDir());
    expect(withDataDir.code).toBe(2);
    expect(withDataDir.stderr).toMatch(/Ukjent valg «--data-dir» for export-sample-messages/);
    const noOut = await cli('export-sample-messages', '--json');
    expect(noOut.code).toBe(2);
    expect(noOut.json).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(noOut.stderr).toMatch(/trenger --out MAPPE/);
  });

  it('shows in help that it takes no --data-dir', async () => {
    const help = await cli('export-sample-messages', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Bruk: allmenn --cli export-sample-messages \[--json\] \[--out MAPPE\]/);
    expect(help.stdout).not.toMatch(/--data-dir MAPPE/);
    const general = await cli('--help');
    expect(general.stdout).toMatch(/export-sample-messages tar ikke --data-dir/);
  });
});
