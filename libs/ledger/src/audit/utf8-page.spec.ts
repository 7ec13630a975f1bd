import { utf8Page } from './utf8-page.js';

const joined = (texts: readonly string[]) => Buffer.from(texts.join(''));

describe('the UTF-8 bytes of a page of export lines', () => {
  it('given ASCII lines, when encoded, then the bytes are those of the joined text', () => {
    const texts = Array.from({ length: 1_000 }, (_, index) => `{"kind":"event","position":"12-${index}"}\n`);

    expect(utf8Page(texts).equals(joined(texts))).toBe(true);
  });

  it('given lines of Cyrillic, emoji and a lone surrogate, well beyond the room of their characters, when encoded, then the bytes are those of the joined text', () => {
    const texts = Array.from({ length: 3_000 }, (_, index) => `{"text":"Протокол заседания № ${index} 🗳️ \ud800"}\n`);

    expect(utf8Page(texts).equals(joined(texts))).toBe(true);
  });

  it('given one line longer than the room left, when encoded, then it is written whole', () => {
    const texts = ['a'.repeat(100), 'Ж'.repeat(50_000), 'b'];

    expect(utf8Page(texts).equals(joined(texts))).toBe(true);
  });

  it('given no lines or empty ones, when encoded, then the page is empty', () => {
    expect(utf8Page([]).length).toBe(0);
    expect(utf8Page(['', '']).length).toBe(0);
  });
});
