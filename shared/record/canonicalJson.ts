/**
 * The JSON Canonicalization Scheme (RFC 8785, "JCS"): one exact byte sequence for a JSON
 * value, so that anyone can recompute a seal with their own tools.
 *
 * - objects: members sorted by their names compared as arrays of UTF-16 code units, no
 *   whitespace; members whose value is `undefined` are left out (as `JSON.stringify` does);
 * - arrays: in order;
 * - strings: `"` and `\` escaped with a backslash, U+0008/09/0A/0C/0D as `\b \t \n \f \r`, the
 *   other controls below U+0020 as `\u00xx` (lower-case hex), everything else as itself;
 *   a lone surrogate is refused (it is not I-JSON);
 * - numbers: ECMAScript's `Number.prototype.toString` (shortest round-trip form, `1e+21`
 *   notation from 1e21 up, `-0` as `0`); NaN and ±Infinity are refused;
 * - `true`, `false`, `null`.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, "$");
}

/** Thrown when a value has no canonical JSON form; `path` names where (`$.rounds[0].x`). */
export class CanonicalJsonError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${message} at ${path}`);
    this.name = "CanonicalJsonError";
  }
}

const LONE_SURROGATE = /\p{Surrogate}/u;

function serialise(value: unknown, path: string): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw new CanonicalJsonError("non-finite number", path);
      // ECMAScript's number serialisation is the one JCS prescribes; -0 prints as "0".
      return JSON.stringify(value);
    case "string":
      return serialiseString(value, path);
    case "object":
      if (Array.isArray(value)) {
        return `[${value.map((item, i) => serialise(item ?? null, `${path}[${i}]`)).join(",")}]`;
      }
      return serialiseObject(value as Record<string, unknown>, path);
    default:
      throw new CanonicalJsonError(`a ${typeof value} is not JSON`, path);
  }
}

function serialiseString(value: string, path: string): string {
  // With the `u` flag a well-formed pair is one code point and does not match; a lone half does.
  if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError("lone surrogate", path);
  // ES2019 JSON.stringify escapes exactly what JCS requires, in the same forms.
  return JSON.stringify(value);
}

function serialiseObject(value: Record<string, unknown>, path: string): string {
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new CanonicalJsonError("only plain objects are JSON", path);
  }
  // The default sort compares strings by UTF-16 code units, which is JCS's order.
  const names = Object.keys(value)
    .filter((name) => value[name] !== undefined)
    .sort();
  const members = names.map(
    (name) => `${serialiseString(name, path)}:${serialise(value[name], `${path}.${name}`)}`,
  );
  return `{${members.join(",")}}`;
}
