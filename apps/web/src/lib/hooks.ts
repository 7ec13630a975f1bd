import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { session, type Account } from '../api/session';
import { calendarDateIn, dueInWords, formatLegalDate, formatMoment, type Language } from './dates';
import { pick } from './text';

export function useAccount(): Account | null {
  return useSyncExternalStore(session.subscribe, session.snapshot);
}

interface AppConfig {
  readonly timeZone: string;
}

/** The Association's settings the server publishes for the interface (its time zone). */
export function useAppConfig(): AppConfig {
  const { data } = useQuery({
    queryKey: ['app-config'],
    queryFn: async (): Promise<AppConfig> => {
      const response = await fetch('/app-config.json');
      return response.ok ? ((await response.json()) as AppConfig) : { timeZone: 'Europe/Moscow' };
    },
    staleTime: Infinity,
  });
  return data ?? { timeZone: 'Europe/Moscow' };
}

/** Formatting in the interface language and the Association's time zone. */
export function useFormat() {
  const { i18n } = useTranslation();
  const { timeZone } = useAppConfig();
  const language = (i18n.language === 'en' ? 'en' : 'ru') as Language;
  const today = calendarDateIn(new Date(), timeZone);
  return {
    language,
    timeZone,
    today,
    date: (date: string) => formatLegalDate(date, language),
    moment: (timestamp: string) => formatMoment(timestamp, language, timeZone),
    due: (date: string) => dueInWords(date, today, language),
    /** How a moment stands against today, by its calendar day in the Association's zone (not in UTC). */
    dueBy: (timestamp: string) => dueInWords(calendarDateIn(new Date(timestamp), timeZone), today, language),
    text: (text: Parameters<typeof pick>[0]) => pick(text, language),
    /** A country by its ISO 3166-1 code, in words: `Армения` / `Armenia`. */
    country: (code: string) => new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code,
  };
}
