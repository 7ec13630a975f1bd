import { fold, type Decider, type DomainCommand, type DomainEvent } from '../decider.js';
import { DomainRuleViolation } from '../domain-rule-violation.js';

/**
 * `given(events).when(command).then(events)` or `.thenRejects(code, details?)`: a decider spec that needs
 * no database, only the pure functions.
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
            /** The command is refused with this rule's code and, when given, details that include these. */
            thenRejects(code: string, details?: Readonly<Record<string, unknown>>) {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(DomainRuleViolation);
              expect((thrown as DomainRuleViolation).code).toBe(code);
              if (details) expect((thrown as DomainRuleViolation).details).toMatchObject(details);
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
