import { describe, expect, it } from "vitest";
import { CanonicalJsonError, canonicalJson } from "./canonicalJson.ts";

/** An IEEE 754 double from its 16 hex digits, as RFC 8785 Appendix B lists them. */
function double(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe("canonicalJson (RFC 8785)", () => {
  it("serialises the RFC's §3.2.2 example byte for byte", () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        '"literals": [null, true, false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it("sorts members by UTF-16 code units as in the RFC's §3.2.3 example", () => {
    const input = {
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis",
    };
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis",' +
        '"€":"Euro Sign","😀":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it.each([
    ["0000000000000000", "0"],
    ["8000000000000000", "0"],
    ["0000000000000001", "5e-324"],
    ["8000000000000001", "-5e-324"],
    ["7fefffffffffffff", "1.7976931348623157e+308"],
    ["ffefffffffffffff", "-1.7976931348623157e+308"],
    ["4340000000000000", "9007199254740992"],
    ["c340000000000000", "-9007199254740992"],
    ["4430000000000000", "295147905179352830000"],
    ["44b52d02c7e14af5", "9.999999999999997e+22"],
    ["44b52d02c7e14af6", "1e+23"],
    ["44b52d02c7e14af7", "1.0000000000000001e+23"],
    ["444b1ae4d6e2ef4e", "999999999999999700000"],
    ["444b1ae4d6e2ef4f", "999999999999999900000"],
    ["444b1ae4d6e2ef50", "1e+21"],
    ["3eb0c6f7a0b5ed8c", "9.999999999999997e-7"],
    ["3eb0c6f7a0b5ed8d", "0.000001"],
    ["41b3de4355555553", "333333333.3333332"],
    ["41b3de4355555554", "333333333.33333325"],
    ["41b3de4355555555", "333333333.3333333"],
    ["41b3de4355555556", "333333333.3333334"],
    ["41b3de4355555557", "333333333.33333343"],
    ["becbf647612f3696", "-0.0000033333333333333333"],
    ["43143ff3c1cb0959", "1424953923781206.2"],
  ])("serialises the double %s as %s (Appendix B)", (hex, expected) => {
    expect(canonicalJson(double(hex))).toBe(expected);
  });

  it.each([
    ["NaN", double("7fffffffffffffff")],
    ["Infinity", double("7ff0000000000000")],
    ["-Infinity", Number.NEGATIVE_INFINITY],
  ])("refuses %s", (_name, value) => {
    expect(() => canonicalJson({ seal: [value] })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ seal: [value] })).toThrow(/\$\.seal\[0\]/);
  });

  it("escapes controls as JCS requires and leaves the rest as itself", () => {
    expect(canonicalJson("\b\t\n\f\r\u0000\u001f\u007f\u2028/é")).toBe(
      '"\\b\\t\\n\\f\\r\\u0000\\u001f\u007f\u2028/é"',
    );
  });

  it("refuses a lone surrogate but keeps a pair", () => {
    expect(() => canonicalJson({ body: "a\ud83d" })).toThrow(/lone surrogate at \$\.body/);
    expect(() => canonicalJson({ "\udc00": 1 })).toThrow(CanonicalJsonError);
    expect(canonicalJson("\ud83d\ude00")).toBe('"😀"');
  });

  it("leaves out undefined members, keeps nested order of arrays, and has no whitespace", () => {
    expect(canonicalJson({ b: [3, { z: 1, a: null }], a: undefined, c: "" })).toBe(
      '{"b":[3,{"a":null,"z":1}],"c":""}',
    );
  });

  it("refuses what JSON cannot carry", () => {
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(/only plain objects/);
    expect(() => canonicalJson({ n: 1n })).toThrow(/bigint/);
  });
});
