import { pick } from './text';

describe('bilingual text', () => {
  it('is shown in the interface language', () => {
    expect(pick({ ru: 'Совет', en: 'Council' }, 'en')).toBe('Council');
    expect(pick({ ru: 'Совет', en: 'Council' }, 'ru')).toBe('Совет');
  });

  it('falls back to the official Russian text when there is no English', () => {
    expect(pick({ ru: 'Совет', en: null }, 'en')).toBe('Совет');
    expect(pick({ ru: 'Совет' }, 'en')).toBe('Совет');
  });
});
