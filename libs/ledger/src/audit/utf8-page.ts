// Room for a few lines beyond the page's characters, so that mostly-ASCII pages never grow.
const SLACK = 4_096;

/**
 * The UTF-8 bytes of texts one after another, as `Buffer.from(texts.join(''))` gives them for texts
 * that do not split a surrogate pair between them (lines do not), encoded text by text into one
 * buffer. The page's joined text (a megabyte, allocated straight into the old generation) is never
 * made: joining and collecting it cost the export about a quarter of its CPU.
 */
export function utf8Page(texts: readonly string[]): Buffer {
  let chars = 0;
  for (const text of texts) chars += text.length;
  let page: Buffer = Buffer.allocUnsafe(chars + SLACK);
  let offset = 0;
  for (const text of texts) {
    // A UTF-16 unit takes at most three bytes; only near the end is the exact length worth counting.
    if (page.length - offset < text.length * 3) {
      const needed = offset + Buffer.byteLength(text);
      if (needed > page.length) page = grown(page, offset, Math.max(needed + SLACK, page.length * 2));
    }
    offset += page.write(text, offset);
  }
  // A page that grew keeps no more than a quarter of its bytes unused.
  return page.length - offset > SLACK + offset / 4 ? Buffer.from(page.subarray(0, offset)) : page.subarray(0, offset);
}

function grown(page: Buffer, used: number, size: number): Buffer {
  const larger = Buffer.allocUnsafe(size);
  page.copy(larger, 0, 0, used);
  return larger;
}
