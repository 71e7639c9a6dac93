import { describe, expect, it } from "vitest";
import { toIndonesianOrdinal, toListLetter, toRoman } from "./numerals.ts";

describe("numerals of Indonesian drafting", () => {
  it("writes BAB numbers as Roman numerals", () => {
    expect([1, 4, 9, 14, 40, 49, 2025].map(toRoman)).toEqual([
      "I",
      "IV",
      "IX",
      "XIV",
      "XL",
      "XLIX",
      "MMXXV",
    ]);
    expect(() => toRoman(0)).toThrow(RangeError);
  });

  it("letters huruf items a…z, then doubles the letter", () => {
    expect([1, 2, 26, 27, 28, 52, 53].map(toListLetter)).toEqual([
      "a",
      "b",
      "z",
      "aa",
      "bb",
      "zz",
      "aaa",
    ]);
  });

  it("names Bagian with ordinal words, starting from Kesatu", () => {
    expect([1, 2, 3, 10, 11, 12, 20, 21, 100].map(toIndonesianOrdinal)).toEqual([
      "Kesatu",
      "Kedua",
      "Ketiga",
      "Kesepuluh",
      "Kesebelas",
      "Kedua Belas",
      "Kedua Puluh",
      "Kedua Puluh Satu",
      "Keseratus",
    ]);
  });
});
