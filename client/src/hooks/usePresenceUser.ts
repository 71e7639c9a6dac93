import { useMemo } from "react";
import type { EditorUser } from "../components/Editor/extensions/index.ts";
import { useMe } from "./useSession.ts";

/**
 * A colour for a person's caret and avatar, derived from a stable key (their account id) so it
 * is the same on every device and survives a change of name. Dark enough (saturation 60%,
 * lightness 28%) that white text on it has a contrast of at least 5:1 for every hue (WCAG AA).
 */
export function personColor(key: string): string {
  let hash = 0;
  for (const char of key) hash = (Math.imul(hash, 31) + (char.codePointAt(0) ?? 0)) | 0;
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

/** How the signed-in person appears to co-drafters: their account name and their colour. */
export function usePresenceUser(): EditorUser {
  const { id, name } = useMe();
  return useMemo(() => ({ name, color: personColor(id) }), [id, name]);
}
