import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { ShortcutRegistry } from './shortcut-registry';

const ShortcutsContext = createContext<ShortcutRegistry | null>(null);

/** Owns the registry and the one keydown listener for the whole window. */
export function ShortcutsProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new ShortcutRegistry());
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (registry.handle(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [registry]);
  return <ShortcutsContext value={registry}>{children}</ShortcutsContext>;
}

export function useShortcutRegistry(): ShortcutRegistry {
  const registry = useContext(ShortcutsContext);
  if (!registry) throw new Error('useShortcutRegistry must be used inside <ShortcutsProvider>');
  return registry;
}
