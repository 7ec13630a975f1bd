import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { useFormat } from '../lib/hooks';

/** What the tally shows of a live tally (the stream's and the read's answer alike). */
type TallyFigures = Pick<components['schemas']['LiveTallyView'], 'electorateSize' | 'participants' | 'quorum' | 'for' | 'against' | 'abstain' | 'reason'>;

/** Participation against the electorate with the quorum, then the count of each choice, as numbers and bars. */
export function Tally({ tally }: { tally: TallyFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = (count: number) => (tally.electorateSize === 0 ? 0 : (count / tally.electorateSize) * 100);
  return (
    <Stack gap="xs" data-testid="tally">
      <Text fw={600}>
        <span data-testid="participation">{t('votes.participation', { participants: tally.participants, electorate: tally.electorateSize })}</span> ·{' '}
        {t('votes.quorum', { title: format.text(tally.quorum.title) })} — {tally.quorum.reached ? t('votes.quorumReached') : t('votes.quorumMissing')}
      </Text>
      <Progress value={share(tally.participants)} aria-label={t('votes.participation', { participants: tally.participants, electorate: tally.electorateSize })} />
      {(['for', 'against', 'abstain'] as const).map((choice) => (
        <Group key={choice} gap="sm" wrap="nowrap">
          <Text w={110}>{t(`votes.${choice}`)}</Text>
          <Text w={30} fw={700} ta="right" data-testid={`count-${choice}`}>
            {tally[choice]}
          </Text>
          <Progress
            flex={1}
            color={choice === 'for' ? 'teal' : choice === 'against' ? 'red' : 'gray'}
            value={share(tally[choice])}
            aria-label={`${t(`votes.${choice}`)}: ${tally[choice]}`}
          />
        </Group>
      ))}
      <Text size="sm" c="dimmed">
        {format.text(tally.reason)}
      </Text>
    </Stack>
  );
}
