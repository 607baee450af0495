/**
 * CPython's `repr` for the values the Food.com list columns hold: str, list of str, float.
 * Used by the sample generator to write those columns byte for byte as pandas did, and by tests
 * to round-trip the list parser (loaders/pylist.ts). Checked against python3 in
 * tests/python-repr.test.ts.
 */

// str.isprintable() is false for these categories; the ASCII space is the one exception.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
// Printable ASCII minus the quote and the backslash: such a string is written as is in quotes.
const PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

function hexEscape(code: number): string {
  if (code < 0x100) return "\\x" + code.toString(16).padStart(2, "0");
  if (code < 0x10000) return "\\u" + code.toString(16).padStart(4, "0");
  return "\\U" + code.toString(16).padStart(8, "0");
}

/** `repr(s)` of a Python str (JS strings are UTF-16: a lone surrogate is escaped as CPython does). */
export function pyRepr(s: string): string {
  if (PLAIN_ASCII.test(s)) return "'" + s + "'";
  // CPython: double quotes only when the text has a single quote and no double quote.
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const out: string[] = [quote];
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out.push("\\" + ch);
    else if (ch === "\t") out.push("\\t");
    else if (ch === "\n") out.push("\\n");
    else if (ch === "\r") out.push("\\r");
    else if (code < 0x20 || code === 0x7f) out.push(hexEscape(code));
    else if (code < 0x7f) out.push(ch);
    else if (ch !== " " && NON_PRINTABLE.test(ch)) out.push(hexEscape(code));
    else out.push(ch);
  }
  out.push(quote);
  return out.join("");
}

/** `repr(list_of_str)`: `['a', "b's"]`, and `[]` when empty. */
export function pyListRepr(items: readonly string[]): string {
  if (items.length === 0) return "[]";
  let out = "[" + pyRepr(items[0]!);
  for (let i = 1; i < items.length; i++) out += ", " + pyRepr(items[i]!);
  return out + "]";
}

/**
 * `repr(float)`: the shortest digits that round-trip (as JS gives them), laid out like Python:
 * always a `.0` or a fraction, and scientific notation only when the exponent is < -4 or >= 16.
 */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const abs = Math.abs(x);
  if (abs >= 1e-4 && abs < 1e16) {
    // Here JS also writes plain decimals with the same shortest digits; only ".0" differs.
    const text = String(x);
    return text.includes(".") ? text : text + ".0";
  }
  const sign = x < 0 ? "-" : "";
  // toExponential() with no argument gives the shortest round-trip digits: "d.ddde±n".
  const [mantissa, expText] = Math.abs(x).toExponential().split("e") as [string, string];
  const digits = mantissa.replace(".", "");
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const frac = digits.length > 1 ? "." + digits.slice(1) : "";
    const e = Math.abs(exp).toString().padStart(2, "0");
    return `${sign}${digits[0]}${frac}e${exp < 0 ? "-" : "+"}${e}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
  const fracPart = digits.slice(exp + 1);
  return `${sign}${intPart}.${fracPart === "" ? "0" : fracPart}`;
}

/** `repr(list_of_float)`: `[51.5, 0.0, 13.0]`. */
export function pyFloatListRepr(values: readonly number[]): string {
  return "[" + values.map(pyFloatRepr).join(", ") + "]";
}
