/**
 * The clipboard format Excel and WPS use for a range: rows separated by line breaks, cells by tabs; a cell that
 * holds a tab, a line break or a double quote is wrapped in double quotes, with its quotes doubled.
 */

/** A copied range as text for the clipboard. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  const cell = (t: string) => (/[\t\r\n"]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
  return rows.map((r) => r.map(cell).join('\t')).join('\r\n');
}

/**
 * Clipboard text as rows of cells. The line break Excel puts after the last row is not a row of its own; a
 * quoted cell may hold tabs and line breaks.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  while (i <= n) {
    if (i === n) {
      if (row.length > 0) endRow();
      break;
    }
    let value = '';
    if (text[i] === '"') {
      // A quoted cell: up to the quote that is not doubled, then a separator.
      let j = i + 1;
      let closed = false;
      while (j < n) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        value += text[j];
        j++;
      }
      if (!closed || (j < n && !'\t\r\n'.includes(text[j]!))) {
        // Not a quoted cell after all (a quote inside plain text): read it as written.
        const end = nextSeparator(text, i);
        value = text.slice(i, end);
        j = end;
      }
      i = j;
    } else {
      const end = nextSeparator(text, i);
      value = text.slice(i, end);
      i = end;
    }
    row.push(value);
    if (i >= n) {
      endRow();
      break;
    }
    if (text[i] === '\t') {
      i++;
      if (i === n) {
        row.push('');
        endRow();
        break;
      }
    } else {
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRow();
      if (i === n) break;
    }
  }
  return rows;
}

function nextSeparator(text: string, from: number): number {
  for (let k = from; k < text.length; k++) if (text[k] === '\t' || text[k] === '\n' || text[k] === '\r') return k;
  return text.length;
}
