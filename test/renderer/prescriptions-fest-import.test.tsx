import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeAllmenn, FIXTURE_USERS } from './support/fake-allmenn';
import { addFakePrescriptions } from './support/fake-prescriptions';
import { renderApp } from './support/render-app';

afterEach(cleanup);

describe('Administrasjon: FEST import', () => {
  it('sends the M30 file as bytes, shows main’s progress, then what the new catalogue holds', async () => {
    const fake = createFakeAllmenn({ loggedInAs: FIXTURE_USERS.admin });
    const store = addFakePrescriptions(fake);
    let release = () => undefined as void;
    store.festImportGate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { user } = renderApp(fake, '/administrasjon');
    const input = await screen.findByLabelText<HTMLInputElement>('FEST-fil');
    const button = screen.getByRole('button', { name: 'Importer katalog' });
    expect(button.hasAttribute('disabled')).toBe(true);

    const xml = '<?xml version="1.0" encoding="UTF-8"?><FEST/>';
    await user.upload(input, new File([xml], 'fest251120.xml', { type: 'text/xml' }));
    await user.click(button);
    const progress = await screen.findByTestId('fest-import-progress');
    expect(progress.textContent).toContain('Leser filen');
    act(() => {
      fake.emit('progress', { task: 'patients.import', done: 1, total: 2 });
      fake.emit('progress', { task: 'drugs.importFest', done: 104_857_600, total: 419_430_400 });
    });
    expect(progress.textContent).toContain('Lest 100 MB av 400 MB');
    const bar = within(progress).getByRole('progressbar', { name: 'Importerer legemiddelkatalogen' });
    expect(bar.getAttribute('aria-valuenow')).toBe('104857600');

    act(() => release());
    const result = await screen.findByTestId('fest-import-result');
    expect(screen.queryByTestId('fest-import-progress')).toBeNull();
    expect(result.textContent).toContain('Legemiddelkatalogen er erstattet med fest251120.xml.');
    expect(result.textContent).toContain('9000 legemidler, 30000 pakninger');
    expect(fake.calls.find((c) => c.call === 'drugs.importFest')?.input).toEqual({
      fileName: 'fest251120.xml',
      contentBase64: Buffer.from(xml).toString('base64'),
    });
  });
});
