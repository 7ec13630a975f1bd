import { DISPATCH_CHANNEL_TITLES, ANSWER_OUTCOME_TITLES } from './appeal-titles.js';
import { journalCsv, unescapeJournalCell, type JournalEntry } from './correspondence-journal.js';
import { parseCsv } from './testing/rfc4180.js';

const HEADERS = [
  'Исходящий номер (Outgoing number)',
  'Дата отправки (Dispatched on)',
  'Адресат (Addressee)',
  'Тема (Subject)',
  'Способ отправки (Channel)',
  'Подписал (Signed by)',
  'Дата регистрации адресатом (Registered on)',
  'Входящий номер (Incoming number)',
  'Срок ответа (Due on)',
  'Срок расчётный (Due date estimated)',
  'Дата ответа (Answered on)',
  'Результат (Outcome)',
];

const answeredEntry: JournalEntry = {
  appealId: '11111111-1111-4111-8111-111111111111',
  outgoingNumber: '2026-0001',
  dispatchedOn: '2026-04-17',
  addressee: { id: '55555555-5555-4555-8555-555555555555', name: { ru: 'МВД России', en: 'Ministry of Internal Affairs of Russia' }, country: 'RU' },
  subject: { ru: 'Об оргнаборе', en: 'On organized recruitment' },
  channel: 'post',
  channelTitle: DISPATCH_CHANNEL_TITLES.post,
  signedBy: 'Иванова А. П.',
  registeredOn: '2026-04-20',
  incomingNumber: '3/2261045',
  dueOn: '2026-05-20',
  dueOnIsEstimate: false,
  answeredOn: '2026-05-15',
  outcome: 'partially_supported',
  outcomeTitle: ANSWER_OUTCOME_TITLES.partially_supported,
};

/** Every character RFC 4180 must quote, in the fields where people actually type them. */
const awkwardEntry: JournalEntry = {
  ...answeredEntry,
  appealId: '22222222-2222-4222-8222-222222222222',
  outgoingNumber: '12/ИСХ, "срочно"',
  addressee: { id: '66666666-6666-4666-8666-666666666666', name: { ru: 'Комитет «Ёлки, палки»', en: null }, country: 'KZ' },
  subject: { ru: 'О квотах:\r\nпункт 1, "первый";\nпункт 2', en: null },
  signedBy: null,
  registeredOn: null,
  incomingNumber: null,
  dueOnIsEstimate: true,
  answeredOn: null,
  outcome: null,
  outcomeTitle: null,
};

describe('the journal as CSV', () => {
  it('starts with a UTF-8 byte order mark so spreadsheet programs read the Cyrillic', () => {
    const bytes = Buffer.from(journalCsv([answeredEntry]), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has Russian column headers with their English names', () => {
    const [headers] = parseCsv(journalCsv([]).slice(1));
    expect(headers).toEqual(HEADERS);
  });

  it('writes one record per letter, ended by CRLF, in the order given', () => {
    const csv = journalCsv([answeredEntry, awkwardEntry]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1)).map((row) => row[0])).toEqual([HEADERS[0], '2026-0001', '12/ИСХ, "срочно"']);
  });

  it('writes a letter’s particulars with the channel and outcome in Russian', () => {
    const [, row] = parseCsv(journalCsv([answeredEntry]).slice(1));
    expect(row).toEqual([
      '2026-0001',
      '2026-04-17',
      'МВД России',
      'Об оргнаборе',
      'Почта',
      'Иванова А. П.',
      '2026-04-20',
      '3/2261045',
      '2026-05-20',
      '',
      '2026-05-15',
      'Поддержано частично',
    ]);
  });

  it('keeps commas, quotes, line breaks and Cyrillic intact through a round trip', () => {
    const [, row] = parseCsv(journalCsv([awkwardEntry]).slice(1));
    expect(row[0]).toBe('12/ИСХ, "срочно"');
    expect(row[2]).toBe('Комитет «Ёлки, палки»');
    expect(row[3]).toBe('О квотах:\r\nпункт 1, "первый";\nпункт 2');
  });

  it('leaves unknown particulars empty and marks an estimated due date', () => {
    const [, row] = parseCsv(journalCsv([awkwardEntry]).slice(1));
    expect(row.slice(5)).toEqual(['', '', '', '2026-05-20', 'да', '', '']);
  });

  it('doubles quotes inside a quoted field and leaves plain fields unquoted', () => {
    const line = journalCsv([awkwardEntry]).split('\r\n')[1];
    expect(line.startsWith('"12/ИСХ, ""срочно""",2026-04-17,"Комитет «Ёлки, палки»",')).toBe(true);
  });

  describe('text a spreadsheet would run as a formula (CSV injection)', () => {
    const typed = ['=HYPERLINK("http://evil.example","x")', '+7 (812) 000-00-00', '-1+1', '@SUM(A1:A2)', '\tTab', '\rCR', "'=already quoted"];
    const entries = typed.map((text, index) => ({ ...answeredEntry, appealId: `${index}`, outgoingNumber: text, subject: { ru: text, en: null }, signedBy: text }));

    it('starts every such cell with an apostrophe, inside quotes', () => {
      const lines = journalCsv(entries).split('\r\n').slice(1, -1);
      expect(lines[0].startsWith(`"'=HYPERLINK(""http://evil.example"",""x"")",`)).toBe(true);
      const [, ...rows] = parseCsv(journalCsv(entries).slice(1));
      for (const row of rows) for (const column of [0, 3, 5]) expect(row[column]).toMatch(/^'[=+\-@\t\r']/);
    });

    it('gives the typed text back when the one apostrophe is dropped', () => {
      const [, ...rows] = parseCsv(journalCsv(entries).slice(1));
      expect(rows.map((row) => unescapeJournalCell(row[3]))).toEqual(typed);
      expect(rows.map((row) => unescapeJournalCell(row[0]))).toEqual(typed);
    });

    it('leaves ordinary text, dates and numbers as they are', () => {
      const [, row] = parseCsv(journalCsv([answeredEntry]).slice(1));
      expect(row.map(unescapeJournalCell)).toEqual(row);
      expect(row[0]).toBe('2026-0001');
    });
  });
});
