import type { AddresseeKind } from '../addressee/addressee.events.js';
import type { JurisdictionPolicy } from './jurisdiction-policy.js';

const LAW_59_FZ = {
  ru: 'Федеральный закон от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации»',
  en: 'Federal Law No. 59-FZ of 02.05.2006 on the procedure for considering appeals of citizens of the Russian Federation',
};

/** 59-FZ applies to appeals of associations and legal entities too (art. 1 part 4). */
const RU_59_FZ: JurisdictionPolicy = {
  id: 'RU-59FZ',
  country: 'RU',
  title: { ru: 'Россия: обращения по 59-ФЗ', en: 'Russia: appeals under 59-FZ' },
  law: LAW_59_FZ,
  periodStartsAt: 'registration',
  registration: { days: 3, dayKind: 'calendar', source: '59-FZ art. 8 part 2', certainty: 'secondary' },
  answer: { days: 30, dayKind: 'calendar', source: '59-FZ art. 12 part 1', certainty: 'confirmed' },
  extension: { days: 30, dayKind: 'calendar', once: true, source: '59-FZ art. 12 part 2', certainty: 'secondary' },
  forwarding: { days: 7, dayKind: 'calendar', source: '59-FZ art. 8 part 3', certainty: 'confirmed' },
  // The law does not say that a period ending on a day off moves: registered on 20 April, due 20 May.
  movesOffNonWorkingDays: false,
  calendar: null,
  notes: {
    ru: 'Дни календарные; срок течёт со дня, следующего за регистрацией. Перенос срока с выходного дня закон не предусматривает.',
    en: 'Calendar days, counted from the day after registration. The law does not move a period that ends on a day off.',
  },
};

export const JURISDICTION_POLICIES: readonly JurisdictionPolicy[] = [
  RU_59_FZ,
  {
    ...RU_59_FZ,
    id: 'RU-59FZ-MIGRATION',
    title: {
      ru: 'Россия: обращение к главе субъекта РФ о нарушениях миграционного законодательства',
      en: "Russia: appeal to a federal subject's head about possible violations of migration law",
    },
    answer: { days: 20, dayKind: 'calendar', source: '59-FZ art. 12 part 1.1', certainty: 'recalled' },
    notes: {
      ru: 'Срок 20 дней (ст. 12 ч. 1.1) не проверен: подтвердить по тексту закона на pravo.gov.ru, прежде чем на него полагаться.',
      en: 'The 20-day period (art. 12 part 1.1) is recalled: confirm it from the law’s text on pravo.gov.ru before relying on it.',
    },
  },
  {
    id: 'KZ-APPK',
    country: 'KZ',
    title: { ru: 'Казахстан: обращения по АППК', en: 'Kazakhstan: appeals under the Administrative Procedural Code' },
    law: {
      ru: 'Административный процедурно-процессуальный кодекс Республики Казахстан от 29.06.2020 № 350-VI',
      en: 'Administrative Procedural Code of the Republic of Kazakhstan No. 350-VI of 29.06.2020',
    },
    periodStartsAt: 'receipt',
    registration: null,
    answer: { days: 15, dayKind: 'working', source: 'APPK No. 350-VI art. 76', certainty: 'confirmed' },
    // The Code allows extension by a reasoned decision up to two months in total from receipt. As a limit
    // counted from the original due date: two months last at most 62 days (July–August, December–January),
    // and 15 working days end at least 19 days after receipt (receipt on a Sunday), so 62 − 19 = 43 days.
    // The bound never refuses a lawful extension; it may let one pass that exceeds two months by a few days.
    extension: {
      days: 43,
      dayKind: 'calendar',
      once: false,
      source: 'APPK No. 350-VI art. 76 (up to two months in total, reasoned decision, notice within 3 working days)',
      certainty: 'confirmed',
    },
    forwarding: { days: 3, dayKind: 'working', source: 'APPK No. 350-VI (forwarding with notice)', certainty: 'confirmed' },
    // A working-day period always ends on a working day, so there is nothing to move.
    movesOffNonWorkingDays: false,
    calendar: 'KZ',
    notes: {
      ru:
        'Срок — 15 рабочих дней со дня поступления. Продление — мотивированным решением, всего не более двух месяцев; здесь ' +
        'предел выражен как 43 календарных дня от первоначального срока. Номер статьи о переадресации уточнить на adilet.zan.kz.',
      en:
        'The period is 15 working days from receipt. An extension needs a reasoned decision, two months in total at most; here ' +
        'the limit is 43 calendar days from the original due date. Confirm the article on forwarding on adilet.zan.kz.',
    },
  },
  {
    id: 'UZ-ZRU-445',
    country: 'UZ',
    title: { ru: 'Узбекистан: обращения по Закону ЗРУ-445', en: 'Uzbekistan: appeals under Law ZRU-445' },
    law: {
      ru: 'Закон Республики Узбекистан от 11.09.2017 № ЗРУ-445 «Об обращениях физических и юридических лиц»',
      en: 'Law of the Republic of Uzbekistan No. ZRU-445 of 11.09.2017 on appeals of individuals and legal entities',
    },
    periodStartsAt: 'receipt',
    registration: null,
    answer: { days: 15, dayKind: 'calendar', source: 'ZRU-445 art. 28', certainty: 'confirmed' },
    extension: { days: 30, dayKind: 'calendar', once: false, source: 'ZRU-445 art. 28', certainty: 'confirmed' },
    forwarding: { days: 5, dayKind: 'calendar', source: 'ZRU-445 (forwarding with notice)', certainty: 'secondary' },
    movesOffNonWorkingDays: false,
    calendar: null,
    notes: {
      ru:
        'Срок — 15 дней со дня поступления; продление в исключительных случаях не более чем на один месяц, здесь считается как ' +
        '30 дней. Статью о переадресации уточнить на lex.uz.',
      en:
        'The period is 15 days from receipt; an exceptional extension of at most one month, counted here as 30 days. Confirm ' +
        'the article on forwarding on lex.uz.',
    },
  },
  {
    id: 'KG-67',
    country: 'KG',
    title: { ru: 'Кыргызстан: обращения по Закону № 67', en: 'Kyrgyzstan: appeals under Law No. 67' },
    law: {
      ru: 'Закон Кыргызской Республики от 04.05.2007 № 67 «О порядке рассмотрения обращений граждан»',
      en: 'Law of the Kyrgyz Republic No. 67 of 04.05.2007 on the procedure for considering appeals of citizens',
    },
    periodStartsAt: 'registration',
    registration: { days: 1, dayKind: 'working', source: 'KG Law No. 67 (article to be confirmed)', certainty: 'secondary' },
    answer: { days: 14, dayKind: 'working', source: 'KG Law No. 67 (article to be confirmed)', certainty: 'secondary' },
    extension: null,
    forwarding: null,
    movesOffNonWorkingDays: false,
    calendar: 'KG',
    notes: {
      ru:
        'В марте 2026 года парламент принял законопроект о сокращении срока до 10 рабочих дней; подписан ли он — неизвестно. ' +
        'Закон говорит об обращениях граждан: распространяется ли он на юридических лиц, неясно. Сверить на cbd.minjust.gov.kg.',
      en:
        'In March 2026 parliament passed a bill cutting the period to 10 working days; whether it was signed is unknown. The ' +
        'law speaks of citizens, so whether it covers legal entities is unclear. Check on cbd.minjust.gov.kg.',
    },
  },
  {
    id: 'TJ-1339',
    country: 'TJ',
    title: { ru: 'Таджикистан: обращения по Закону № 1339', en: 'Tajikistan: appeals under Law No. 1339' },
    law: {
      ru: 'Закон Республики Таджикистан от 23.07.2016 № 1339 «Об обращениях физических и юридических лиц»',
      en: 'Law of the Republic of Tajikistan No. 1339 of 23.07.2016 on appeals of individuals and legal entities',
    },
    periodStartsAt: 'receipt',
    registration: null,
    answer: null,
    extension: null,
    forwarding: null,
    movesOffNonWorkingDays: false,
    calendar: null,
    notes: {
      ru:
        'Сроки закона не установлены (достоверность: неизвестно); секретариат задаёт ожидаемую дату ответа. Сверить на mmk.tj.',
      en:
        'The law’s periods are not known (certainty: unknown); the secretariat sets an expected answer date. Check on mmk.tj.',
    },
  },
  {
    id: 'EXPECTED-DATE',
    country: null,
    title: { ru: 'Ожидаемая дата ответа', en: 'Expected answer date' },
    law: null,
    periodStartsAt: 'receipt',
    registration: null,
    answer: null,
    extension: null,
    forwarding: null,
    movesOffNonWorkingDays: false,
    calendar: null,
    notes: {
      ru:
        'Межгосударственные органы (МПА СНГ, Исполком СНГ) и НКО не подчиняются национальному закону об обращениях: ' +
        'секретариат задаёт ожидаемую дату ответа.',
      en:
        'Interstate bodies (the CIS Inter-Parliamentary Assembly, the CIS Executive Committee) and NGOs fall under no national ' +
        'law on appeals: the secretariat sets an expected answer date.',
    },
  },
];

const BY_ID = new Map(JURISDICTION_POLICIES.map((policy) => [policy.id, policy]));

/** The row with this id, or `undefined` when the table has none. */
export function jurisdictionPolicy(id: string): JurisdictionPolicy | undefined {
  return BY_ID.get(id);
}

const DEFAULT_BY_COUNTRY: ReadonlyMap<string, string> = new Map([
  ['RU', 'RU-59FZ'],
  ['KZ', 'KZ-APPK'],
  ['UZ', 'UZ-ZRU-445'],
  ['KG', 'KG-67'],
  ['TJ', 'TJ-1339'],
]);

/** The policy a new addressee takes unless the secretariat picks another (e.g. RU-59FZ-MIGRATION). */
export function defaultPolicyId(country: string, kind: AddresseeKind): string {
  if (kind === 'interstate_body' || kind === 'ngo') return 'EXPECTED-DATE';
  return DEFAULT_BY_COUNTRY.get(country) ?? 'EXPECTED-DATE';
}
