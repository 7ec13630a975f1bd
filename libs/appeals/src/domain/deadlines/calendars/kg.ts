import type { BilingualText } from '#accord/kernel';
import type { CalendarDay, CountryHolidays } from '../holiday-calendars.js';

// Under the Labour Code of 2025 a holiday that falls on a Saturday or Sunday no longer moves the day
// off to a weekday, so these years have no replacement days off.
const NEW_YEAR_HOLIDAYS: BilingualText = { ru: 'Новогодние каникулы', en: 'New Year holidays' };
const CHRISTMAS: BilingualText = { ru: 'Рождество Христово', en: 'Orthodox Christmas' };
const EXTRA_DAY_OFF: BilingualText = {
  ru: 'Выходной по постановлению Кабинета министров (государственные и муниципальные органы)',
  en: 'Day off by Cabinet of Ministers resolution (state and municipal bodies)',
};
const WOMENS_DAY: BilingualText = { ru: 'Международный женский день', en: "International Women's Day" };
const OROZO_AIT: BilingualText = { ru: 'Орозо айт', en: 'Orozo Ait (Eid al-Fitr)' };
const NOORUZ: BilingualText = { ru: 'Нооруз', en: 'Nooruz' };
const LABOUR_DAY: BilingualText = { ru: 'День труда', en: 'Labour Day' };
const MAY_HOLIDAYS: BilingualText = { ru: 'Майские каникулы', en: 'May holidays' };
const CONSTITUTION_DAY: BilingualText = { ru: 'День Конституции', en: 'Constitution Day' };
const VICTORY_DAY: BilingualText = { ru: 'День Победы', en: 'Victory Day' };
const KURMAN_AIT: BilingualText = { ru: 'Курман айт', en: 'Kurman Ait (Eid al-Adha)' };
const INDEPENDENCE_DAY: BilingualText = { ru: 'День независимости', en: 'Independence Day' };

const day = (on: string, name: BilingualText): CalendarDay => ({ on, name });

/** The days the law fixes every year: 1–7 January, 8 and 21 March, 1–9 May, 31 August. */
function statutoryDays(year: number): CalendarDay[] {
  return [
    ...[1, 2, 3, 4, 5, 6].map((date) => day(`${year}-01-0${date}`, NEW_YEAR_HOLIDAYS)),
    day(`${year}-01-07`, CHRISTMAS),
    day(`${year}-03-08`, WOMENS_DAY),
    day(`${year}-03-21`, NOORUZ),
    day(`${year}-05-01`, LABOUR_DAY),
    ...[2, 3, 4, 6, 7, 8].map((date) => day(`${year}-05-0${date}`, MAY_HOLIDAYS)),
    day(`${year}-05-05`, CONSTITUTION_DAY),
    day(`${year}-05-09`, VICTORY_DAY),
    day(`${year}-08-31`, INDEPENDENCE_DAY),
  ];
}

export const KG_HOLIDAYS: CountryHolidays = {
  country: 'KG',
  years: [
    {
      year: 2026,
      nonWorkingDays: [
        ...statutoryDays(2026),
        day('2026-01-08', EXTRA_DAY_OFF),
        day('2026-01-09', EXTRA_DAY_OFF),
        day('2026-03-20', OROZO_AIT),
        { ...day('2026-05-27', KURMAN_AIT), certainty: 'recalled' },
      ],
      workingWeekendDays: [],
      source:
        'Ministry of Labour, Social Security and Migration, calendar for 2026 (mlsp.gov.kg, as reported by 24.kg, 11 December ' +
        '2025); Cabinet of Ministers resolution on 8–9 January 2026 (24.kg); Orozo Ait date by the Muftiate (Azattyk, 10 March 2026)',
      certainty: 'secondary',
      notes: {
        ru:
          '23 февраля и 7 апреля — рабочие дни (сокращённые). Дату Курман айта (около 27 мая) объявляет муфтият: сверить. 8 и 9 ' +
          'января — выходные для бюджетных государственных и муниципальных органов.',
        en:
          '23 February and 7 April are (shortened) working days. The Muftiate announces Kurman Ait (about 27 May): to be checked. ' +
          '8 and 9 January are days off for budget-funded state and municipal bodies.',
      },
    },
    {
      year: 2027,
      nonWorkingDays: [...statutoryDays(2027), day('2027-03-09', OROZO_AIT), day('2027-05-16', KURMAN_AIT)],
      workingWeekendDays: [],
      source: 'Derived from the Labour Code of 2025 (cbd.minjust.gov.kg) and the 2026 calendar; the 2027 calendar is not yet checked',
      certainty: 'recalled',
      notes: {
        ru:
          'Выведено из правил Трудового кодекса: Орозо айт (9 или 10 марта) и Курман айт (около 16 мая) объявляет муфтият; Кабинет ' +
          'министров может добавить выходные постановлением. Сверить с календарём Минтруда.',
        en:
          'Derived from the rules of the Labour Code: the Muftiate sets Orozo Ait (9 or 10 March) and Kurman Ait (about 16 May); ' +
          'the Cabinet of Ministers may add days off by resolution. Check against the Ministry of Labour calendar.',
      },
    },
  ],
};
