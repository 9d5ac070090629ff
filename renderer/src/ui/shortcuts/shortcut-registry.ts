/**
 * The app's keyboard shortcuts in one registry: features register what they offer, the help overlay lists it,
 * and one keydown listener dispatches. The most recently registered match wins, so a room can take over a key.
 */
import { matchesCombo, parseCombo, typesCharacter, type KeyCombo, type KeyEventLike } from './key-combo';

export interface ShortcutDefinition {
  /** Stable id; registering the same id again replaces the earlier one. */
  id: string;
  /** One or more combinations, e.g. ['F1', '?']. */
  keys: readonly string[];
  /** Norwegian, shown in the help overlay: what happens. */
  description: string;
  /** Norwegian heading the help overlay groups by. */
  group: string;
  run: () => void;
  /**
   * Where the shortcut applies; when this says no, the key passes on untouched (not even default-prevented), e.g.
   * Esc inside a dialog, which must still close the dialog.
   */
  when?: (event: ShortcutEvent) => boolean;
  /**
   * The keys are handled by the component that owns them (arrow keys in a list, which must auto-repeat); the entry
   * is here only so the help overlay lists it.
   */
  local?: boolean;
}

export interface ShortcutInfo {
  id: string;
  keys: readonly string[];
  description: string;
  group: string;
}

interface Entry extends ShortcutDefinition {
  combos: KeyCombo[];
}

export type ShortcutEvent = KeyEventLike & Pick<KeyboardEvent, 'target' | 'repeat' | 'defaultPrevented'>;

/** True when a keystroke there is text being typed: inputs, text areas, selects and contenteditable. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'image', 'range', 'color'].includes(target.type);
  }
  return false;
}

export class ShortcutRegistry {
  private entries: Entry[] = [];
  private snapshot: readonly ShortcutInfo[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly runListeners = new Set<(id: string) => void>();

  register(definition: ShortcutDefinition): () => void {
    const entry: Entry = { ...definition, combos: definition.keys.map(parseCombo) };
    this.entries = [...this.entries.filter((e) => e.id !== definition.id), entry];
    this.changed();
    return () => {
      if (!this.entries.includes(entry)) return;
      this.entries = this.entries.filter((e) => e !== entry);
      this.changed();
    };
  }

  /** What is registered, in registration order; stable between changes (for useSyncExternalStore). */
  list = (): readonly ShortcutInfo[] => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Told the id of every shortcut that runs, e.g. so the help overlay can step aside. */
  onRun(listener: (id: string) => void): () => void {
    this.runListeners.add(listener);
    return () => {
      this.runListeners.delete(listener);
    };
  }

  /** Runs the shortcut the event matches, if any; returns whether one ran (the caller then prevents default). */
  handle(event: ShortcutEvent): boolean {
    if (event.defaultPrevented || event.repeat) return false;
    const typing = isTypingTarget(event.target);
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i];
      if (!entry || entry.local) continue;
      const combo = entry.combos.find((c) => matchesCombo(c, event));
      if (!combo || (typing && typesCharacter(combo))) continue;
      if (entry.when && !entry.when(event)) continue;
      entry.run();
      for (const listener of this.runListeners) listener(entry.id);
      return true;
    }
    return false;
  }

  private changed(): void {
    this.snapshot = this.entries.map(({ id, keys, description, group }) => ({ id, keys, description, group }));
    for (const listener of this.listeners) listener();
  }
}
