import { QuestionmarkCircleIcon } from '@navikt/aksel-icons';
import { BodyShort, Heading, Modal, Table, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { comboParts } from './key-combo';
import type { ShortcutInfo } from './shortcut-registry';
import { useShortcutRegistry } from './shortcuts-context';
import { useRegisteredShortcuts, useShortcut } from './use-shortcut';

function groupByHeading(shortcuts: readonly ShortcutInfo[]): [string, ShortcutInfo[]][] {
  const groups = new Map<string, ShortcutInfo[]>();
  for (const shortcut of shortcuts) {
    const list = groups.get(shortcut.group) ?? [];
    list.push(shortcut);
    groups.set(shortcut.group, list);
  }
  return [...groups];
}

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <span className="shortcut-keys">
      {keys.map((spec, i) => (
        <span key={spec}>
          {i > 0 && <span className="shortcut-keys__or"> eller </span>}
          {comboParts(spec).map((part, j) => (
            <span key={part}>
              {j > 0 && '+'}
              <kbd>{part}</kbd>
            </span>
          ))}
        </span>
      ))}
    </span>
  );
}

const HELP_ID = 'help';

/** The help overlay: F1 or ? (outside text fields) lists every shortcut registered right now. */
export function ShortcutHelpModal() {
  const [open, setOpen] = useState(false);
  useShortcut({
    id: HELP_ID,
    keys: ['F1', '?'],
    description: 'Vis eller skjul hurtigtastene',
    group: 'Generelt',
    run: () => setOpen((isOpen) => !isOpen),
  });
  const shortcuts = useRegisteredShortcuts();
  const registry = useShortcutRegistry();
  // Any other shortcut (go to a room, log out) acts behind the overlay: get out of its way.
  useEffect(
    () =>
      registry.onRun((id) => {
        if (id !== HELP_ID) setOpen(false);
      }),
    [registry],
  );

  return (
    <Modal
      open={open}
      onClose={() => setOpen(false)}
      header={{ heading: 'Hurtigtaster', icon: <QuestionmarkCircleIcon aria-hidden /> }}
      width="medium"
      data-testid="shortcut-help"
    >
      <Modal.Body>
        <VStack gap="space-24">
          <BodyShort>Alle handlinger kan gjøres med tastaturet. Trykk Esc for å lukke.</BodyShort>
          {groupByHeading(shortcuts).map(([group, items], index) => (
            <section key={group} aria-labelledby={`shortcut-group-${index}`}>
              <Heading level="2" size="xsmall" id={`shortcut-group-${index}`} spacing>
                {group}
              </Heading>
              <Table size="small" className="shortcut-help__table">
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">Tast</Table.HeaderCell>
                    <Table.HeaderCell scope="col">Handling</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {items.map((item) => (
                    <Table.Row key={item.id}>
                      <Table.DataCell className="shortcut-help__keys">
                        <Keys keys={item.keys} />
                      </Table.DataCell>
                      <Table.DataCell>{item.description}</Table.DataCell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </section>
          ))}
        </VStack>
      </Modal.Body>
    </Modal>
  );
}
