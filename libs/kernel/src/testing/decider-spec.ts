import { calendarDateIn, DEFAULT_TIME_ZONE } from '../calendar-date.js';
import { fold, type CommandMetadata, type Decider, type DomainCommand, type DomainEvent } from '../decider.js';
import { DomainRuleViolation } from '../domain-rule-violation.js';

/**
 * `given(events).when(command).then(events)` or `.thenRejects(code, details?)`: a decider spec that
 * needs no database, only the pure functions.
 */
export function deciderSpec<Command extends DomainCommand, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
) {
  return {
    given(history: readonly Event[]) {
      return {
        when(command: Command) {
          const run = () => decider.decide(command, fold(decider, history));
          return {
            then(expected: readonly Event[]) {
              expect(run()).toEqual(expected);
            },
            /** The command breaks the rule `code`; given `details`, the violation's details hold at least these (as `toMatchObject` reads them). */
            thenRejects(code: string, details?: Readonly<Record<string, unknown>>) {
              expectRejection(run, code, details);
            },
          };
        },
        thenState(expected: State) {
          expect(fold(decider, history)).toEqual(expected);
        },
      };
    },
  };
}

/** `run` breaks the rule `code`; given `details`, the violation's details hold at least these (as `toMatchObject` reads them). */
export function expectRejection(run: () => unknown, code: string, details?: Readonly<Record<string, unknown>>): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DomainRuleViolation);
  expect((thrown as DomainRuleViolation).code).toBe(code);
  if (details !== undefined) expect((thrown as DomainRuleViolation).details).toMatchObject(details);
}

/** The metadata of a command given at `now` (ISO 8601), with today as the Association's calendar has it then. */
export function metadataAt(now: string, actorId = 'account-1', onBehalfOf: string | null = null): CommandMetadata {
  const moment = new Date(now);
  return { now: moment, today: calendarDateIn(moment, DEFAULT_TIME_ZONE), actorId, onBehalfOf };
}
