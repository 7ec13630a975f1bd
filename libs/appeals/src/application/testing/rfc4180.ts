/**
 * Reads RFC 4180 CSV text back into rows of fields, strictly: every record must end with CRLF, a quoted
 * field may hold commas, CR, LF and doubled quotes, and a quote anywhere else is an error. Specs use it
 * to check what a spreadsheet program would read.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let fields: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = '';
    if (text[at] === '"') {
      at += 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error('unterminated quoted field');
        field += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        field += '"';
        at += 1;
      }
    } else {
      const end = text.slice(at).search(/[,\r\n"]/);
      field = end < 0 ? text.slice(at) : text.slice(at, at + end);
      at += field.length;
      if (text[at] === '"') throw new Error(`a quote inside an unquoted field at ${at}`);
    }
    fields.push(field);
    if (text[at] === ',') {
      at += 1;
    } else if (text.startsWith('\r\n', at)) {
      rows.push(fields);
      fields = [];
      at += 2;
    } else {
      throw new Error(`a record must end with CRLF, found ${JSON.stringify(text.slice(at, at + 2))} at ${at}`);
    }
  }
  return rows;
}
