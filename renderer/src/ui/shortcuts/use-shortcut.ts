import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { ShortcutDefinition, ShortcutInfo } from './shortcut-registry';
import { useShortcutRegistry } from './shortcuts-context';

/**
 * Registers a shortcut while the component is mounted (and `enabled`). The latest `run` is always called,
 * so callers need not memoize it.
 */
export function useShortcut(definition: ShortcutDefinition, enabled = true): void {
  const registry = useShortcutRegistry();
  const run = useRef(definition.run);
  useEffect(() => {
    run.current = definition.run;
  });
  const { id, description, group } = definition;
  // Compared by value, so an inline array literal does not re-register on every render.
  const keys = JSON.stringify(definition.keys);
  useEffect(() => {
    if (!enabled) return;
    return registry.register({ id, keys: JSON.parse(keys) as string[], description, group, run: () => run.current() });
  }, [registry, enabled, id, keys, description, group]);
}

/** Everything registered right now, for the help overlay. */
export function useRegisteredShortcuts(): readonly ShortcutInfo[] {
  const registry = useShortcutRegistry();
  return useSyncExternalStore(registry.subscribe, registry.list);
}
