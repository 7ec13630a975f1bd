import { Logger, Module } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#accord/ledger';
import { DecisionBases, MembershipModule } from '#accord/membership';
import { ACCORD_CONFIG, settingsOf, type AccordConfig, type AccordFeature } from '#accord/platform';
import { FoundingEstablishmentRecord } from './application/establishment-record.js';
import { FoundersAdmission, foundersAdmissionProcess } from './application/founders-admission.js';
import { FoundingDemo } from './application/founding-demo.js';
import { FoundingReadModel } from './application/founding-read-model.js';
import { foundingRuleWarnings, loadFoundingRules } from './application/founding-rules.config.js';
import { foundingCommandHandlers } from './application/founding.commands.js';
import { foundingMigrations } from './application/founding.migrations.js';
import { CharterDraftRow, FoundingProcessRow, foundingProjection } from './application/founding.projection.js';
import { FOUNDING_AGGREGATE, FOUNDING_RULES } from './application/founding.tokens.js';
import { createFoundingAggregate } from './domain/founding.decide.js';
import type { FoundingRules } from './domain/founding.rules.js';
import { FoundingController } from './http/founding.controller.js';

/** The founding process; its founders become members of the register, so it needs `MembershipModule` (and `membershipFeature`). */
@Module({
  imports: [MembershipModule],
  controllers: [FoundingController],
  providers: [
    {
      provide: FOUNDING_RULES,
      // Read with the rest of the configuration (`foundingFeature.settings`), so a wrong value stops the process at start.
      inject: [ACCORD_CONFIG],
      useFactory: (config: AccordConfig): FoundingRules => {
        const rules = settingsOf(config, foundingFeature);
        for (const warning of foundingRuleWarnings(rules)) new Logger('Founding').warn(warning);
        return rules;
      },
    },
    { provide: FOUNDING_AGGREGATE, inject: [FOUNDING_RULES], useFactory: (rules: FoundingRules) => createFoundingAggregate(rules) },
    FoundingReadModel,
    FoundersAdmission,
    FoundingDemo,
    ...foundingCommandHandlers,
    {
      // The register dates decisions no earlier than the establishment through this answer to its port.
      provide: FoundingEstablishmentRecord,
      inject: [EVENT_STORE, DecisionBases],
      useFactory: (store: EventStore, bases: DecisionBases) => {
        const record = new FoundingEstablishmentRecord(store);
        bases.answerEstablishmentWith(record);
        return record;
      },
    },
  ],
  exports: [FOUNDING_RULES, FOUNDING_AGGREGATE, FoundingReadModel],
})
export class FoundingModule {}

export const foundingFeature: AccordFeature<FoundingRules> = {
  name: 'founding',
  settings: loadFoundingRules,
  migrations: foundingMigrations,
  projections: [foundingProjection, foundersAdmissionProcess],
  entities: [FoundingProcessRow, CharterDraftRow],
  seedDemo: (app) => app.get(FoundingDemo).record(),
};
