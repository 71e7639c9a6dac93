/**
 * Number formats of Indonesian drafting (Lampiran II UU 12/2011): Roman numerals for BAB,
 * ordinal words for Bagian ("Bagian Kesatu"), letters for huruf rincian and konsiderans.
 */

const ROMAN_STEPS: ReadonlyArray<readonly [number, string]> = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** Upper-case Roman numeral of 1…3999, as in "BAB XIV". */
export function toRoman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) {
    throw new RangeError(`no Roman numeral for ${value}`);
  }
  let rest = value;
  let numeral = "";
  for (const [step, symbol] of ROMAN_STEPS) {
    while (rest >= step) {
      numeral += symbol;
      rest -= step;
    }
  }
  return numeral;
}

/**
 * The letter of the n-th huruf item (1-based): a … z, then aa, bb … zz, then aaa …
 *
 * Lampiran II only shows a, b, c; it sets no rule past z. Doubling the letter is the form used in
 * promulgated regulations with long lists (e.g. "huruf aa"), and unlike spreadsheet-style "ab" it
 * cannot be misread as two items; so that is the choice here.
 */
export function toListLetter(value: number): string {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`no list letter for ${value}`);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

const UNITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

/** Indonesian words of 1…999 in lower case: 12 → "dua belas", 21 → "dua puluh satu". */
export function toIndonesianWords(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 999) {
    throw new RangeError(`no Indonesian words for ${value}`);
  }
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const parts: string[] = [];
  if (hundreds === 1) parts.push("seratus");
  else if (hundreds > 1) parts.push(`${UNITS[hundreds]} ratus`);
  if (rest === 10) parts.push("sepuluh");
  else if (rest === 11) parts.push("sebelas");
  else if (rest > 11 && rest < 20) parts.push(`${UNITS[rest - 10]} belas`);
  else if (rest >= 20) {
    parts.push(`${UNITS[Math.floor(rest / 10)]} puluh`);
    if (rest % 10 > 0) parts.push(UNITS[rest % 10] as string);
  } else if (rest > 0) parts.push(UNITS[rest] as string);
  return parts.join(" ");
}

/**
 * Ordinal of a Bagian in words, capitalised as printed: 1 → "Kesatu" (not "Pertama"),
 * 2 → "Kedua", 12 → "Kedua Belas", 21 → "Kedua Puluh Satu".
 */
export function toIndonesianOrdinal(value: number): string {
  const words = `ke${toIndonesianWords(value)}`.split(" ");
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(" ");
}
