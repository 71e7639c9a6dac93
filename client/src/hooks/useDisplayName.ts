import { useCallback, useSyncExternalStore } from "react";

/** localStorage key of the name a person chose to be shown to co-drafters. */
export const DISPLAY_NAME_STORAGE_KEY = "rembuk-display-name";

/** Longest display name we accept; long enough for full Indonesian names with titles. */
export const DISPLAY_NAME_MAX_LENGTH = 60;

const listeners = new Set<() => void>();

// Used when localStorage is unavailable, so the name at least lasts for this visit.
let memoryName: string | null = null;

function readName(): string | null {
  try {
    const stored = localStorage.getItem(DISPLAY_NAME_STORAGE_KEY)?.trim();
    return stored ? stored : null;
  } catch {
    return memoryName;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === DISPLAY_NAME_STORAGE_KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/**
 * A colour for a person's caret and avatar, derived from their name so it is the same on every
 * device. Dark enough (saturation 60%, lightness 28%) that white text on it has a contrast of
 * at least 5:1 for every hue (WCAG AA).
 */
export function colorForName(name: string): string {
  let hash = 0;
  for (const char of name) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0;
  const hue = Math.abs(hash) % 360;
  return hslToHex(hue, 0.6, 0.28);
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** The display name chosen on this device (until accounts exist), and a way to change it. */
export function useDisplayName(): {
  name: string | null;
  color: string | null;
  setName: (name: string) => void;
} {
  const name = useSyncExternalStore(subscribe, readName);
  const setName = useCallback((next: string) => {
    const trimmed = next.trim().slice(0, DISPLAY_NAME_MAX_LENGTH);
    memoryName = trimmed;
    try {
      localStorage.setItem(DISPLAY_NAME_STORAGE_KEY, trimmed);
    } catch {
      // Falls back to memoryName for this visit.
    }
    for (const listener of listeners) listener();
  }, []);
  return { name, color: name ? colorForName(name) : null, setName };
}
