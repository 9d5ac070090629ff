/**
 * Key combinations written as people read them: 'F1', '?', 'Alt+1', 'Ctrl+Shift+L'.
 * Letters and digits match on the physical key (event.code), so Alt+1 works on a Norwegian or a Mac layout
 * where Alt changes the character produced; symbols such as '?' match on the character, whatever Shift it took.
 */
export interface KeyCombo {
  key: string;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

/** The part of a KeyboardEvent matching needs; a plain object in tests. */
export type KeyEventLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>;

const MODIFIERS = new Set(['Ctrl', 'Alt', 'Shift', 'Meta']);

export function parseCombo(spec: string): KeyCombo {
  // A lone '+' is a key, not a separator.
  const parts = spec === '+' ? ['+'] : spec.split('+');
  const key = parts.at(-1);
  const modifiers = parts.slice(0, -1);
  if (!key || modifiers.some((m) => !MODIFIERS.has(m))) throw new Error(`Invalid shortcut: ${spec}`);
  return {
    key,
    ctrl: modifiers.includes('Ctrl'),
    alt: modifiers.includes('Alt'),
    shift: modifiers.includes('Shift'),
    meta: modifiers.includes('Meta'),
  };
}

const LETTER = /^[a-z]$/i;
const DIGIT = /^\d$/;

/** A key without Ctrl, Alt or Meta that types a character: it belongs to the text field when one has focus. */
export function typesCharacter(combo: KeyCombo): boolean {
  return !combo.ctrl && !combo.alt && !combo.meta && combo.key.length === 1;
}

export function matchesCombo(combo: KeyCombo, event: KeyEventLike): boolean {
  if (event.ctrlKey !== combo.ctrl || event.altKey !== combo.alt || event.metaKey !== combo.meta) return false;
  if (LETTER.test(combo.key)) {
    const upper = combo.key.toUpperCase();
    return event.shiftKey === combo.shift && (event.code === `Key${upper}` || event.key.toUpperCase() === upper);
  }
  if (DIGIT.test(combo.key)) {
    return event.shiftKey === combo.shift && (event.code === `Digit${combo.key}` || event.key === combo.key);
  }
  if (combo.key.length === 1) return event.key === combo.key;
  return event.shiftKey === combo.shift && event.key === combo.key;
}

/** The keys to show, one <kbd> each: 'Ctrl+Shift+L' -> ['Ctrl', 'Shift', 'L']. */
export function comboParts(spec: string): string[] {
  const combo = parseCombo(spec);
  const parts: string[] = [];
  if (combo.ctrl) parts.push('Ctrl');
  if (combo.alt) parts.push('Alt');
  if (combo.shift) parts.push('Shift');
  if (combo.meta) parts.push('Meta');
  parts.push(combo.key.length === 1 ? combo.key.toUpperCase() : combo.key);
  return parts;
}
