import type { INestApplicationContext } from '@nestjs/common';
import { CommandProcessor, nameBasedUuid } from '#accord/eventsourcing';
import { addresseeAggregate, type AddresseeInput } from '../domain/addressee/addressee.decide.js';
import { INTERSTATE } from '../domain/addressee/addressee.events.js';

export interface DemoAddressee {
  /** A stable name the rest of the demo refers to the body by. */
  readonly key: string;
  /** Fixed, derived from the key, so that a second run finds the body already registered. */
  readonly id: string;
  readonly details: AddresseeInput;
}

const demo = (key: string, details: AddresseeInput): DemoAddressee => ({ key, id: nameBasedUuid(`demo:addressee:${key}`), details });

/**
 * The bodies the round table of 9 April 2026 names or implies: the IPA CIS it asks to develop
 * recommendations, the state authorities of the countries of its participants that the Association
 * asks for support, and the employers' associations of the non-governmental sector. Each takes the
 * default policy of its country and kind.
 */
export const DEMO_ADDRESSEES: readonly DemoAddressee[] = [
  demo('ipa-cis', {
    name: {
      ru: 'Межпарламентская Ассамблея государств — участников Содружества Независимых Государств',
      en: 'Interparliamentary Assembly of Member Nations of the Commonwealth of Independent States',
    },
    country: INTERSTATE,
    kind: 'interstate_body',
  }),
  demo('ru-mintrud', {
    name: {
      ru: 'Министерство труда и социальной защиты Российской Федерации',
      en: 'Ministry of Labour and Social Protection of the Russian Federation',
    },
    country: 'RU',
    kind: 'ministry',
  }),
  demo('ru-mvd-migration', {
    name: {
      ru: 'Главное управление по вопросам миграции Министерства внутренних дел Российской Федерации',
      en: 'Main Directorate for Migration Affairs of the Ministry of Internal Affairs of the Russian Federation',
    },
    country: 'RU',
    kind: 'ministry',
  }),
  // Successor since the decree of 17 October 2024 (PF-162) of the Agency for External Labour Migration.
  demo('uz-migration-agency', {
    name: {
      ru: 'Агентство миграции при Кабинете Министров Республики Узбекистан',
      en: 'Migration Agency under the Cabinet of Ministers of the Republic of Uzbekistan',
    },
    country: 'UZ',
    kind: 'agency',
  }),
  demo('tj-migration-service', {
    name: {
      ru: 'Служба миграции Министерства труда, миграции и занятости населения Республики Таджикистан',
      en: 'Migration Service of the Ministry of Labour, Migration and Employment of Population of the Republic of Tajikistan',
    },
    country: 'TJ',
    kind: 'agency',
  }),
  // The State Migration Service was merged into this ministry in 2021; it has held migration policy since.
  demo('kg-mintrud', {
    name: {
      ru: 'Министерство труда, социального обеспечения и миграции Кыргызской Республики',
      en: 'Ministry of Labour, Social Security and Migration of the Kyrgyz Republic',
    },
    country: 'KG',
    kind: 'ministry',
  }),
  demo('ru-rspp', {
    name: {
      ru: 'Общероссийское объединение работодателей «Российский союз промышленников и предпринимателей»',
      en: 'All-Russian Employers’ Association “Russian Union of Industrialists and Entrepreneurs”',
    },
    country: 'RU',
    kind: 'ngo',
  }),
  demo('ru-tpp', {
    name: { ru: 'Торгово-промышленная палата Российской Федерации', en: 'Chamber of Commerce and Industry of the Russian Federation' },
    country: 'RU',
    kind: 'ngo',
  }),
  demo('ru-opora', {
    name: {
      ru: 'Общероссийская общественная организация малого и среднего предпринимательства «ОПОРА РОССИИ»',
      en: 'All-Russian Public Organization of Small and Medium-Sized Businesses “OPORA RUSSIA”',
    },
    country: 'RU',
    kind: 'ngo',
  }),
];

/** Registers the demo's addressees; one already registered is left alone, so a second run records nothing. */
export async function seedDemoAddressees(app: INestApplicationContext): Promise<string[]> {
  const processor = app.get(CommandProcessor);
  const lines: string[] = [];
  for (const { key, id, details } of DEMO_ADDRESSEES) {
    if ((await processor.load(addresseeAggregate, id)).version > 0) continue;
    await processor.execute(addresseeAggregate, id, { type: 'RegisterAddressee', data: details }, { commandId: nameBasedUuid(`demo:addressee:${key}:register`) });
    lines.push(`addressee ${details.name.en} (${details.country}, ${details.kind})`);
  }
  return lines;
}
