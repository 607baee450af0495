/**
 * Parser for the list columns of the Food.com CSVs, which hold Python `repr` output of a list of
 * str (tags, steps, ingredients) or of float (nutrition). It gives back exactly what Python's
 * `ast.literal_eval` gives for such a literal, including every backslash escape of a Python str
 * literal; anything else is a PyListError with the offset of the problem.
 */

export class PyListError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at character ${offset + 1}`);
    this.name = "PyListError";
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}

  skipSpace(): void {
    while (this.pos < this.text.length && " \t\r\n\f\v".includes(this.text[this.pos]!)) this.pos++;
  }

  peek(): string | undefined {
    return this.text[this.pos];
  }

  expect(char: string): void {
    if (this.text[this.pos] !== char) this.fail(`expected '${char}'`);
    this.pos++;
  }

  fail(message: string, at = this.pos): never {
    const found = at < this.text.length ? `'${this.text[at]}'` : "end of text";
    throw new PyListError(`${message}, found ${found}`, at);
  }
}

/** Reads `\xNN`, `\uNNNN` or `\UNNNNNNNN` hex digits after the escape letter. */
function readHexEscape(cur: Cursor, digits: number): string {
  const hex = cur.text.slice(cur.pos, cur.pos + digits);
  if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) {
    throw new PyListError(`truncated \\${cur.text[cur.pos - 1]} escape`, cur.pos - 2);
  }
  const code = parseInt(hex, 16);
  if (code > 0x10ffff) throw new PyListError("escape beyond U+10FFFF", cur.pos - 2);
  cur.pos += digits;
  return String.fromCodePoint(code);
}

/** One Python str literal (single or double quoted, optional r/u prefix), cursor on the quote. */
function readString(cur: Cursor): string {
  let raw = false;
  const prefix = cur.peek();
  if (prefix === "r" || prefix === "R") {
    raw = true;
    cur.pos++;
  } else if (prefix === "u" || prefix === "U") {
    cur.pos++;
  }
  const quote = cur.peek();
  if (quote !== "'" && quote !== '"') cur.fail("expected a quoted string");
  const start = cur.pos;
  cur.pos++;
  let out = "";
  let chunkStart = cur.pos;
  for (;;) {
    const ch = cur.text[cur.pos];
    if (ch === undefined) throw new PyListError("unterminated string", start);
    if (ch === quote) break;
    if (ch === "\n" || ch === "\r") throw new PyListError("line break inside a string", cur.pos);
    if (ch !== "\\") {
      cur.pos++;
      continue;
    }
    out += cur.text.slice(chunkStart, cur.pos);
    const esc = cur.text[cur.pos + 1];
    if (esc === undefined) throw new PyListError("unterminated string", start);
    cur.pos += 2;
    if (raw) {
      // A raw string keeps the backslash; it only stops the quote from ending the string.
      out += "\\" + esc;
    } else if (esc in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[esc];
    } else if (esc === "x") {
      out += readHexEscape(cur, 2);
    } else if (esc === "u") {
      out += readHexEscape(cur, 4);
    } else if (esc === "U") {
      out += readHexEscape(cur, 8);
    } else if (esc >= "0" && esc <= "7") {
      let octal = esc;
      while (octal.length < 3 && /[0-7]/.test(cur.text[cur.pos] ?? ""))
        octal += cur.text[cur.pos++];
      out += String.fromCodePoint(parseInt(octal, 8));
    } else if (esc === "\n") {
      // Backslash-newline is a line continuation: both vanish.
    } else if (esc === "\r") {
      if (cur.text[cur.pos] === "\n") cur.pos++;
    } else if (esc === "N") {
      throw new PyListError("\\N{...} escapes are not supported", cur.pos - 2);
    } else {
      // Python keeps unknown escapes as they are, backslash included.
      out += "\\" + esc;
    }
    chunkStart = cur.pos;
  }
  out += cur.text.slice(chunkStart, cur.pos);
  cur.pos++;
  return out;
}

/** Adjacent literals concatenate in Python: `'a' "b"` is `'ab'`. */
function readConcatenatedString(cur: Cursor): string {
  let value = readString(cur);
  for (;;) {
    cur.skipSpace();
    const ch = cur.peek();
    if (ch !== "'" && ch !== '"') return value;
    value += readString(cur);
  }
}

function readList<T>(text: string, readItem: (cur: Cursor) => T): T[] {
  const cur = new Cursor(text);
  cur.skipSpace();
  cur.expect("[");
  const items: T[] = [];
  cur.skipSpace();
  if (cur.peek() === "]") {
    cur.pos++;
  } else {
    for (;;) {
      cur.skipSpace();
      items.push(readItem(cur));
      cur.skipSpace();
      const sep = cur.peek();
      if (sep === ",") {
        cur.pos++;
        cur.skipSpace();
        // Python accepts a trailing comma: `['a',]`.
        if (cur.peek() === "]") {
          cur.pos++;
          break;
        }
      } else if (sep === "]") {
        cur.pos++;
        break;
      } else {
        cur.fail("expected ',' or ']'");
      }
    }
  }
  cur.skipSpace();
  if (cur.pos !== text.length) cur.fail("unexpected text after the list");
  return items;
}

/** Parses a Python list of str literals, e.g. `['desserts', "mom's-recipes", '']`. */
export function parsePyStringList(text: string): string[] {
  return readList(text, (cur) => {
    const ch = cur.peek();
    if (ch === "'" || ch === '"' || ch === "r" || ch === "R" || ch === "u" || ch === "U") {
      return readConcatenatedString(cur);
    }
    return cur.fail("expected a quoted string");
  });
}

// `nan` and `inf` are names, not literals: ast.literal_eval rejects them, and so do we.
const FLOAT = /^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/;

/** Parses a Python list of float literals, e.g. `[51.5, 0.0, 13.0]`. */
export function parsePyFloatList(text: string): number[] {
  return readList(text, (cur) => {
    const match = FLOAT.exec(cur.text.slice(cur.pos, cur.pos + 64));
    if (!match) return cur.fail("expected a number");
    cur.pos += match[0].length;
    return Number(match[0]);
  });
}
