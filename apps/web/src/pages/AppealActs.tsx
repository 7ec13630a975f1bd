import { Accordion, Select, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { ActForm } from '../components/ActForm';
import { useAddresseeChoices, usePolicies } from '../lib/addressees';
import { actsFor, type AppealAct } from '../lib/appeal-acts';
import { useFormat } from '../lib/hooks';
import type { AppealRecord } from './Appeal';

const CHANNELS = ['official_portal', 'post', 'email', 'courier'] as const;
const OUTCOMES = ['supported', 'partially_supported', 'declined', 'forwarded'] as const;

interface ActProps {
  readonly appeal: AppealRecord;
  readonly onDone: (position: string) => void;
  readonly onReload: () => void;
}

const path = (appeal: AppealRecord) => ({ path: { id: appeal.id } });
const optional = (value: string) => value.trim() || null;

/** The acts the appeal's stage allows, each a form; the next sensible one is open. */
export function AppealActs(props: ActProps) {
  const { t } = useTranslation();
  const policy = usePolicies().get(props.appeal.deadlines.policyId ?? '');
  const acts = actsFor(props.appeal.stage, policy && policy.answer !== null);
  return (
    <Accordion key={props.appeal.stage} defaultValue={acts[0]} variant="separated" keepMountedMode="display-none" data-testid="appeal-acts">
      {acts.map((act) => (
        <Accordion.Item key={act} value={act}>
          <Accordion.Control>{t(`appealActs.${act}Title`)}</Accordion.Control>
          <Accordion.Panel>
            <ActFormOf act={act} {...props} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function ActFormOf({ act, ...props }: ActProps & { act: AppealAct }) {
  switch (act) {
    case 'approval':
      return <Approve {...props} />;
    case 'signature':
      return <Sign {...props} />;
    case 'dispatch':
      return <Dispatch {...props} />;
    case 'registration':
      return <Register {...props} />;
    case 'answer':
      return <Answer {...props} />;
    case 'extension':
      return <Extend {...props} />;
    case 'forwarding':
      return <Forward {...props} />;
    case 'expectedAnswer':
      return <ExpectAnswer {...props} />;
    case 'followUp':
      return <FollowUp {...props} />;
    case 'closure':
      return <Close {...props} />;
  }
}

/** The common part of every act's form: the answer's position becomes the page's `?minPosition=`. */
function useActForm(props: ActProps) {
  return { onDone: props.onDone, onReload: props.onReload, expectedVersion: props.appeal.version };
}

function Approve(props: ActProps) {
  const { t } = useTranslation();
  const { expectedVersion, ...form } = useActForm(props);
  return <ActForm {...form} label={t('appeals.approve')} submit={() => unwrap(api.POST('/api/v1/appeals/{id}/approval', { params: path(props.appeal), body: { expectedVersion } }))} />;
}

function Sign(props: ActProps) {
  const { t } = useTranslation();
  const { expectedVersion, ...form } = useActForm(props);
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [positionEn, setPositionEn] = useState('');
  const submit = () =>
    unwrap(
      api.POST('/api/v1/appeals/{id}/signature', {
        params: path(props.appeal),
        body: { signatory: { name, position: { ru: position, en: optional(positionEn) } }, expectedVersion },
      }),
    );
  return (
    <ActForm {...form} label={t('appeals.sign')} submit={submit}>
      {(fields) => (
        <>
          <TextInput label={t('appeals.signatory')} value={name} onChange={(event) => setName(event.currentTarget.value)} error={fields['signatory.name']} />
          <TextInput label={t('appeals.position')} value={position} onChange={(event) => setPosition(event.currentTarget.value)} error={fields['signatory.position.ru']} />
          <TextInput label={t('appealActs.positionEn')} value={positionEn} onChange={(event) => setPositionEn(event.currentTarget.value)} error={fields['signatory.position.en']} />
        </>
      )}
    </ActForm>
  );
}

function Dispatch(props: ActProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { expectedVersion, ...form } = useActForm(props);
  const [dispatchedOn, setDispatchedOn] = useState(format.today);
  const [channel, setChannel] = useState<(typeof CHANNELS)[number] | null>('official_portal');
  const [expectedAnswerOn, setExpectedAnswerOn] = useState('');
  const submit = () =>
    unwrap(
      api.POST('/api/v1/appeals/{id}/dispatch', {
        params: path(props.appeal),
        body: { dispatchedOn, channel: channel ?? 'official_portal', ...(expectedAnswerOn && { expectedAnswerOn }), expectedVersion },
      }),
    );
  return (
    <ActForm {...form} label={t('appeals.dispatch')} submit={submit}>
      {(fields) => (
        <>
          <TextInput label={t('appeals.dispatchedOn')} type="date" value={dispatchedOn} onChange={(event) => setDispatchedOn(event.currentTarget.value)} error={fields.dispatchedOn} />
          <Select
            label={t('appeals.channel')}
            value={channel}
            onChange={(value) => setChannel(value as typeof channel)}
            data={CHANNELS.map((value) => ({ value, label: t(`appealActs.${value}`) }))}
            error={fields.channel}
          />
          <TextInput
            label={t('appeals.expectedAnswerOn')}
            type="date"
            value={expectedAnswerOn}
            onChange={(event) => setExpectedAnswerOn(event.currentTarget.value)}
            error={fields.expectedAnswerOn}
          />
        </>
      )}
    </ActForm>
  );
}

function Register(props: ActProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { expectedVersion, ...form } = useActForm(props);
  const [registeredOn, setRegisteredOn] = useState(format.today);
  const [incomingNumber, setIncomingNumber] = useState('');
  const submit = () => unwrap(api.POST('/api/v1/appeals/{id}/registration', { params: path(props.appeal), body: { registeredOn, incomingNumber, expectedVersion } }));
  return (
    <ActForm {...form} label={t('appeals.register')} submit={submit}>
      {(fields) => (
        <>
          <TextInput label={t('appeals.registeredOn')} type="date" value={registeredOn} onChange={(event) => setRegisteredOn(event.currentTarget.value)} error={fields.registeredOn} />
          <TextInput label={t('appeals.incomingNumber')} value={incomingNumber} onChange={(event) => setIncomingNumber(event.currentTarget.value)} error={fields.incomingNumber} />
        </>
      )}
    </ActForm>
  );
}

function Extend(props: ActProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { expectedVersion, ...form } = useActForm(props);
  const [dueOn, setDueOn] = useState('');
  const [noticeOn, setNoticeOn] = useState(format.today);
  const submit = () => unwrap(api.POST('/api/v1/appeals/{id}/extension', { params: path(props.appeal), body: { dueOn, noticeOn, expectedVersion } }));
  return (
    <ActForm {...form} label={t('appealActs.extend')} submit={submit}>
      {(fields) => (
        <>
          <TextInput label={t('appealActs.newDueOn')} type="date" value={dueOn} onChange={(event) => setDueOn(event.currentTarget.value)} error={fields.dueOn} />
          <TextInput label={t('appealActs.noticeOn')} type="date" value={noticeOn} onChange={(event) => setNoticeOn(event.currentTarget.value)} error={fields.noticeOn} />
        </>
      )}
    </ActForm>
  );
}

function Forward(props: ActProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const choices = useAddresseeChoices();
  const { expectedVersion, ...form } = useActForm(props);
  const [addresseeId, setAddresseeId] = useState<string | null>(null);
  const [forwardedOn, setForwardedOn] = useState(format.today);
  const [expectedAnswerOn, setExpectedAnswerOn] = useState('');
  const submit = () =>
    unwrap(
      api.POST('/api/v1/appeals/{id}/forwarding', {
        params: path(props.appeal),
        body: { addresseeId: addresseeId ?? '', forwardedOn, ...(expectedAnswerOn && { expectedAnswerOn }), expectedVersion },
      }),
    );
  return (
    <ActForm {...form} label={t('appealActs.forward')} submit={submit}>
      {(fields) => (
        <>
          <Select
            label={t('appealActs.forwardedTo')}
            searchable
            value={addresseeId}
            onChange={setAddresseeId}
            data={choices.filter((choice) => choice.value !== props.appeal.holder.id)}
            error={fields.addresseeId}
          />
          <TextInput label={t('appealActs.forwardedOn')} type="date" value={forwardedOn} onChange={(event) => setForwardedOn(event.currentTarget.value)} error={fields.forwardedOn} />
          <TextInput
            label={t('appeals.expectedAnswerOn')}
            type="date"
            value={expectedAnswerOn}
            onChange={(event) => setExpectedAnswerOn(event.currentTarget.value)}
            error={fields.expectedAnswerOn}
          />
        </>
      )}
    </ActForm>
  );
}

function ExpectAnswer(props: ActProps) {
  const { t } = useTranslation();
  const { expectedVersion, ...form } = useActForm(props);
  const [expectedAnswerOn, setExpectedAnswerOn] = useState('');
  const submit = () => unwrap(api.POST('/api/v1/appeals/{id}/expected-answer', { params: path(props.appeal), body: { expectedAnswerOn, expectedVersion } }));
  return (
    <ActForm {...form} label={t('appealActs.setExpected')} submit={submit}>
      {(fields) => (
        <TextInput
          label={t('appealActs.expectedAnswerOn')}
          type="date"
          value={expectedAnswerOn}
          onChange={(event) => setExpectedAnswerOn(event.currentTarget.value)}
          error={fields.expectedAnswerOn}
        />
      )}
    </ActForm>
  );
}

function Answer(props: ActProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { expectedVersion, ...form } = useActForm(props);
  const [answeredOn, setAnsweredOn] = useState(format.today);
  const [reference, setReference] = useState('');
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number] | null>(null);
  const [summary, setSummary] = useState('');
  const [summaryEn, setSummaryEn] = useState('');
  const submit = () =>
    unwrap(
      api.POST('/api/v1/appeals/{id}/answer', {
        params: path(props.appeal),
        // An outcome left unchosen goes as it is, so that the API names the field.
        body: { answeredOn, reference, outcome: outcome as (typeof OUTCOMES)[number], summary: { ru: summary, en: optional(summaryEn) }, expectedVersion },
      }),
    );
  return (
    <ActForm {...form} label={t('appealActs.recordAnswer')} submit={submit}>
      {(fields) => (
        <>
          <TextInput label={t('appealActs.answeredOn')} type="date" value={answeredOn} onChange={(event) => setAnsweredOn(event.currentTarget.value)} error={fields.answeredOn} />
          <TextInput label={t('appealActs.reference')} value={reference} onChange={(event) => setReference(event.currentTarget.value)} error={fields.reference} />
          <Select
            label={t('appealActs.outcome')}
            value={outcome}
            onChange={(value) => setOutcome(value as typeof outcome)}
            data={OUTCOMES.map((value) => ({ value, label: t(`appealActs.${value}`) }))}
            error={fields.outcome}
          />
          <Textarea label={t('appealActs.summaryRu')} autosize minRows={2} value={summary} onChange={(event) => setSummary(event.currentTarget.value)} error={fields['summary.ru']} />
          <Textarea label={t('appealActs.summaryEn')} autosize minRows={2} value={summaryEn} onChange={(event) => setSummaryEn(event.currentTarget.value)} error={fields['summary.en']} />
        </>
      )}
    </ActForm>
  );
}

function Close(props: ActProps) {
  const { t } = useTranslation();
  const { expectedVersion, ...form } = useActForm(props);
  const [reason, setReason] = useState('');
  const [reasonEn, setReasonEn] = useState('');
  const answered = props.appeal.stage === 'answered';
  const submit = () =>
    unwrap(
      api.POST('/api/v1/appeals/{id}/closure', {
        params: path(props.appeal),
        body: { reason: reason.trim() || reasonEn.trim() ? { ru: reason, en: optional(reasonEn) } : null, expectedVersion },
      }),
    );
  return (
    <ActForm {...form} label={t('appealActs.close')} color={answered ? undefined : 'red'} submit={submit}>
      {(fields) => (
        <>
          <Textarea
            label={answered ? t('appealActs.closingNoteRu') : t('appealActs.closingReasonRu')}
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={fields['reason.ru']}
          />
          <Textarea label={t('appealActs.closingReasonEn')} autosize minRows={2} value={reasonEn} onChange={(event) => setReasonEn(event.currentTarget.value)} error={fields['reason.en']} />
        </>
      )}
    </ActForm>
  );
}

/** A follow-up is a new draft linked to this appeal; the page moves to it once recorded. */
function FollowUp(props: ActProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const choices = useAddresseeChoices();
  const { expectedVersion, onReload } = useActForm(props);
  const [addresseeId, setAddresseeId] = useState<string | null>(props.appeal.holder.id);
  const [subject, setSubject] = useState('');
  const [subjectEn, setSubjectEn] = useState('');
  const [text, setText] = useState('');
  const submit = () =>
    unwrap(
      api.POST('/api/v1/appeals/{id}/follow-ups', {
        params: path(props.appeal),
        body: { addresseeId: addresseeId ?? '', subject: { ru: subject, en: optional(subjectEn) }, text: { ru: text }, expectedVersion },
      }),
    );
  return (
    <ActForm
      onReload={onReload}
      onDone={(position, answer) => void navigate(`/appeals/${answer.id}?minPosition=${position}`)}
      label={t('appealActs.openFollowUp')}
      submit={submit}
    >
      {(fields) => (
        <>
          <Select label={t('appeals.addressee')} searchable value={addresseeId} onChange={setAddresseeId} data={choices} error={fields.addresseeId} />
          <TextInput label={t('appeals.subjectRu')} value={subject} onChange={(event) => setSubject(event.currentTarget.value)} error={fields['subject.ru']} />
          <TextInput label={t('appeals.subjectEn')} value={subjectEn} onChange={(event) => setSubjectEn(event.currentTarget.value)} error={fields['subject.en']} />
          <Textarea label={t('appeals.textRu')} autosize minRows={3} value={text} onChange={(event) => setText(event.currentTarget.value)} error={fields['text.ru']} />
        </>
      )}
    </ActForm>
  );
}
