import type { BilingualText } from '#accord/kernel';
import type { CalendarDay, CountryHolidays } from '../holiday-calendars.js';

// Law «О праздниках в Республике Казахстан» art. 5: a holiday on a Saturday or Sunday moves the day off
// to the next working day, except the religious ones (Orthodox Christmas, the first day of Kurban Ait).
const NEW_YEAR: BilingualText = { ru: 'Новый год', en: "New Year's Day" };
const CHRISTMAS: BilingualText = { ru: 'Православное Рождество', en: 'Orthodox Christmas' };
const WOMENS_DAY: BilingualText = { ru: 'Международный женский день', en: "International Women's Day" };
const NAURYZ: BilingualText = { ru: 'Наурыз мейрамы', en: 'Nauryz' };
const UNITY_DAY: BilingualText = { ru: 'Праздник единства народа Казахстана', en: 'Unity Day of the People of Kazakhstan' };
const DEFENDERS_DAY: BilingualText = { ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' };
const VICTORY_DAY: BilingualText = { ru: 'День Победы', en: 'Victory Day' };
const KURBAN_AIT: BilingualText = { ru: 'Курбан айт (первый день)', en: 'Kurban Ait (first day)' };
const CAPITAL_DAY: BilingualText = { ru: 'День столицы', en: 'Capital City Day' };
const REPUBLIC_DAY: BilingualText = { ru: 'День Республики', en: 'Republic Day' };
const INDEPENDENCE_DAY: BilingualText = { ru: 'День Независимости', en: 'Independence Day' };
const CONSTITUTION_DAY: BilingualText = { ru: 'День Конституции', en: 'Constitution Day' };

function dayOff(holiday: BilingualText): BilingualText {
  return { ru: `Перенесённый выходной: ${holiday.ru}`, en: `Day off moved from a weekend: ${holiday.en}` };
}

const day = (on: string, name: BilingualText): CalendarDay => ({ on, name });

export const KZ_HOLIDAYS: CountryHolidays = {
  country: 'KZ',
  years: [
    {
      year: 2026,
      nonWorkingDays: [
        day('2026-01-01', NEW_YEAR),
        day('2026-01-02', NEW_YEAR),
        day('2026-01-07', CHRISTMAS),
        day('2026-03-08', WOMENS_DAY),
        day('2026-03-09', dayOff(WOMENS_DAY)),
        day('2026-03-21', NAURYZ),
        day('2026-03-22', NAURYZ),
        day('2026-03-23', NAURYZ),
        day('2026-03-24', dayOff(NAURYZ)),
        day('2026-03-25', dayOff(NAURYZ)),
        day('2026-05-01', UNITY_DAY),
        day('2026-05-07', DEFENDERS_DAY),
        day('2026-05-09', VICTORY_DAY),
        day('2026-05-11', dayOff(VICTORY_DAY)),
        day('2026-05-27', KURBAN_AIT),
        day('2026-07-06', CAPITAL_DAY),
        day('2026-10-25', REPUBLIC_DAY),
        day('2026-10-26', dayOff(REPUBLIC_DAY)),
        day('2026-12-16', INDEPENDENCE_DAY),
      ],
      workingWeekendDays: [],
      source:
        'egov.kz, calendar of holidays for 2026 (as reported by Kazinform, inform.kz, 2 January 2026); ' +
        'Ministry of Labour and Social Protection on 30 August (Taspanews, 18 March 2026)',
      certainty: 'secondary',
      notes: {
        ru:
          'После принятия Конституции на референдуме 15 марта 2026 года 30 августа больше не праздник, и 31 августа 2026 года — ' +
          'рабочий день. Сверить с календарём на egov.kz.',
        en:
          'Since the Constitution adopted by the referendum of 15 March 2026, 30 August is no longer a holiday, so 31 August 2026 ' +
          'is a working day. Check against the calendar on egov.kz.',
      },
    },
    {
      year: 2027,
      nonWorkingDays: [
        day('2027-01-01', NEW_YEAR),
        day('2027-01-02', NEW_YEAR),
        day('2027-01-04', dayOff(NEW_YEAR)),
        day('2027-01-07', CHRISTMAS),
        day('2027-03-08', WOMENS_DAY),
        day('2027-03-15', CONSTITUTION_DAY),
        day('2027-03-21', NAURYZ),
        day('2027-03-22', NAURYZ),
        day('2027-03-23', NAURYZ),
        day('2027-03-24', dayOff(NAURYZ)),
        day('2027-05-01', UNITY_DAY),
        day('2027-05-03', dayOff(UNITY_DAY)),
        day('2027-05-07', DEFENDERS_DAY),
        day('2027-05-09', VICTORY_DAY),
        day('2027-05-10', dayOff(VICTORY_DAY)),
        day('2027-05-16', KURBAN_AIT),
        day('2027-07-06', CAPITAL_DAY),
        day('2027-10-25', REPUBLIC_DAY),
        day('2027-12-16', INDEPENDENCE_DAY),
      ],
      workingWeekendDays: [],
      source: 'Derived from the Law on holidays (adilet.zan.kz) and the weekdays of 2027; not yet checked against egov.kz',
      certainty: 'recalled',
      notes: {
        ru:
          'Выведено из правил закона, не из опубликованного календаря: Курбан айт (около 16 мая) объявляет ДУМК; День Конституции ' +
          '15 марта — по новой Конституции; Правительство может перенести выходные постановлением. Сверить с egov.kz.',
        en:
          'Derived from the rules of the law, not from a published calendar: the Spiritual Administration of Muslims sets Kurban ' +
          'Ait (about 16 May); Constitution Day on 15 March follows the new Constitution; the Government may move days off by ' +
          'decree. Check against egov.kz.',
      },
    },
  ],
};
