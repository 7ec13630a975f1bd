import type { BilingualText } from '#accord/kernel';
import { decodeKeyCursor, keysetAfter, toPage, type Page } from '#accord/platform';
import type { DataSource } from 'typeorm';
import type { AnswerOutcome, DispatchChannel, LocalizedText } from '../domain/appeal/appeal.events.js';
import { namedAddressee, yearRange, type AppealRecords, type NamedAddressee } from './appeal-records.js';
import { DISPATCH_CHANNEL_TITLES, ANSWER_OUTCOME_TITLES } from './appeal-titles.js';
import { AppealRow } from './appeals.projection.js';

/** One outgoing letter of the journal. */
export interface JournalEntry {
  readonly appealId: string;
  readonly outgoingNumber: string;
  readonly dispatchedOn: string;
  /** The body the letter was sent to. */
  readonly addressee: NamedAddressee;
  readonly subject: LocalizedText;
  readonly channel: DispatchChannel;
  readonly channelTitle: BilingualText;
  /** The name of who signed the letter. */
  readonly signedBy: string | null;
  /** The registration by the body holding the appeal now. */
  readonly registeredOn: string | null;
  readonly incomingNumber: string | null;
  readonly dueOn: string | null;
  /** The due date rests on an assumption (e.g. an unknown registration date). */
  readonly dueOnIsEstimate: boolean;
  readonly answeredOn: string | null;
  readonly outcome: AnswerOutcome | null;
  readonly outcomeTitle: BilingualText | null;
}

/** A year's journal is read in pages of this size when it is exported whole. */
const EXPORT_PAGE = 500;

/** The secretariat's journal of outgoing correspondence: the appeals dispatched in a year, in outgoing-number order. */
export class CorrespondenceJournal {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: AppealRecords,
  ) {}

  /** A page of the year's journal, in the natural order of outgoing numbers (`2026-0009` before `2026-0010`). */
  async page(year: number, limit: number, cursor?: string): Promise<Page<JournalEntry>> {
    const after = decodeKeyCursor(cursor, ['text', 'uuid']);
    const { from, until } = yearRange(year);
    const dispatched = this.dataSource
      .getRepository(AppealRow)
      .createQueryBuilder('appeal')
      .where('appeal.dispatchedOn >= CAST(:from AS date) AND appeal.dispatchedOn < CAST(:until AS date)', { from, until });
    const rows = toPage(await keysetAfter(dispatched, ['appeal.outgoingSort', 'appeal.id'], after, limit).getMany(), limit, (row) => [row.outgoingSort!, row.id], (row) => row);
    const addressees = await this.records.addressees(rows.items.map((row) => row.addresseeId));
    return { items: rows.items.map((row) => journalEntry(row, namedAddressee(addressees, row.addresseeId))), nextCursor: rows.nextCursor };
  }

  /** The whole year's journal. */
  async year(year: number): Promise<JournalEntry[]> {
    const entries: JournalEntry[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.page(year, EXPORT_PAGE, cursor);
      entries.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return entries;
  }
}

function journalEntry(row: AppealRow, addressee: NamedAddressee): JournalEntry {
  return {
    appealId: row.id,
    outgoingNumber: row.outgoingNumber!,
    dispatchedOn: row.dispatchedOn!,
    addressee,
    subject: { ru: row.subjectRu, en: row.subjectEn },
    channel: row.channel!,
    channelTitle: DISPATCH_CHANNEL_TITLES[row.channel!],
    signedBy: row.signatory?.name ?? null,
    registeredOn: row.registeredOn,
    incomingNumber: row.incomingNumber,
    dueOn: row.dueOn,
    dueOnIsEstimate: row.isEstimate,
    answeredOn: row.answeredOn,
    outcome: row.outcome,
    outcomeTitle: row.outcome === null ? null : ANSWER_OUTCOME_TITLES[row.outcome],
  };
}

/**
 * The journal's columns: Russian headers, the journal's working language, each with its English name in
 * parentheses so one file serves both readers. Values are in Russian; dates stay ISO (YYYY-MM-DD),
 * which spreadsheet programs read as dates in any locale.
 */
const JOURNAL_COLUMNS: readonly { readonly header: string; readonly value: (entry: JournalEntry) => string | null }[] = [
  { header: 'Исходящий номер (Outgoing number)', value: (entry) => entry.outgoingNumber },
  { header: 'Дата отправки (Dispatched on)', value: (entry) => entry.dispatchedOn },
  { header: 'Адресат (Addressee)', value: (entry) => entry.addressee.name?.ru ?? null },
  { header: 'Тема (Subject)', value: (entry) => entry.subject.ru },
  { header: 'Способ отправки (Channel)', value: (entry) => entry.channelTitle.ru },
  { header: 'Подписал (Signed by)', value: (entry) => entry.signedBy },
  { header: 'Дата регистрации адресатом (Registered on)', value: (entry) => entry.registeredOn },
  { header: 'Входящий номер (Incoming number)', value: (entry) => entry.incomingNumber },
  { header: 'Срок ответа (Due on)', value: (entry) => entry.dueOn },
  { header: 'Срок расчётный (Due date estimated)', value: (entry) => (entry.dueOnIsEstimate ? 'да' : null) },
  { header: 'Дата ответа (Answered on)', value: (entry) => entry.answeredOn },
  { header: 'Результат (Outcome)', value: (entry) => entry.outcomeTitle?.ru ?? null },
];

/**
 * Text a spreadsheet would run as a formula (OWASP, CSV injection): a leading `=`, `+`, `-`, `@`,
 * tab or carriage return. A leading apostrophe is included so that the escape itself round-trips.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

/**
 * A field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a quote, a comma or a line
 * break. Text that starts like a formula gets a leading apostrophe, which spreadsheets read as "this
 * is text" and do not show; a reader gets the typed text back by dropping that one apostrophe.
 */
function csvField(value: string | null): string {
  if (value === null) return '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The typed text of a journal cell read back from the CSV: the inverse of the formula escape. */
export function unescapeJournalCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * The journal as RFC 4180 CSV: CRLF line ends, a header line, and a UTF-8 byte order mark first, by
 * which spreadsheet programs know the file is UTF-8 and show Cyrillic rather than mojibake.
 */
export function journalCsv(entries: readonly JournalEntry[]): string {
  const lines = [JOURNAL_COLUMNS.map((column) => csvField(column.header)), ...entries.map((entry) => JOURNAL_COLUMNS.map((column) => csvField(column.value(entry))))];
  return `\uFEFF${lines.map((fields) => `${fields.join(',')}\r\n`).join('')}`;
}
