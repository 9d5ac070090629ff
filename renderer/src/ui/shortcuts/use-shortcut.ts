import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { ShortcutDefinition, ShortcutEvent, ShortcutInfo } from './shortcut-registry';
import { useShortcutRegistry } from './shortcuts-context';

/**
 * Registers a shortcut while the component is mounted (and `enabled`). The latest `run` is always called,
 * so callers need not memoize it.
 */
export function useShortcut(definition: ShortcutDefinition, enabled = true): void {
  const registry = useShortcutRegistry();
  const run = useRef(definition.run);
  const when = useRef(definition.when);
  useEffect(() => {
    run.current = definition.run;
    when.current = definition.when;
  });
  const { id, description, group, local = false } = definition;
  const guarded = definition.when !== undefined;
  // Compared by value, so an inline array literal does not re-register on every render.
  const keys = JSON.stringify(definition.keys);
  useEffect(() => {
    if (!enabled) return;
    return registry.register({
      id,
      keys: JSON.parse(keys) as string[],
      description,
      group,
      local,
      run: () => run.current(),
      ...(guarded && { when: (event: ShortcutEvent) => when.current?.(event) ?? true }),
    });
  }, [registry, enabled, id, keys, description, group, local, guarded]);
}

/** Lists keys a component handles itself (see ShortcutDefinition.local) in the help overlay while it is mounted. */
export function useShortcutHelp(info: ShortcutInfo, enabled = true): void {
  useShortcut({ ...info, local: true, run: () => undefined }, enabled);
}

/** Everything registered right now, for the help overlay. */
export function useRegisteredShortcuts(): readonly ShortcutInfo[] {
  const registry = useShortcutRegistry();
  return useSyncExternalStore(registry.subscribe, registry.list);
}
