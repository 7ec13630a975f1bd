import type { DynamicModule, Type } from '@nestjs/common';
import { appealsFeature, AppealsModule } from '#accord/appeals';
import { foundingFeature, FoundingModule } from '#accord/founding';
import { identityFeature, IdentityModule } from '#accord/identity';
import { membershipFeature, MembershipModule } from '#accord/membership';
import { loadConfig, type AccordConfig, type AccordFeature, type Environment } from '#accord/platform';
import { votingFeature, VotingModule } from '#accord/voting';
import { workingGroupsFeature, WorkingGroupsModule } from '#accord/working-groups';

/** The bounded contexts this deployment runs: each brings its Nest module and its platform parts. */
export const features: readonly { readonly feature: AccordFeature; readonly module: Type | DynamicModule }[] = [
  { feature: identityFeature, module: IdentityModule },
  { feature: membershipFeature, module: MembershipModule },
  { feature: foundingFeature, module: FoundingModule },
  { feature: workingGroupsFeature, module: WorkingGroupsModule },
  { feature: votingFeature, module: VotingModule },
  { feature: appealsFeature, module: AppealsModule },
];

/** The configuration of this deployment: the platform's settings and each feature's, from one environment. */
export const loadAccordConfig = (env: Environment = process.env): AccordConfig =>
  loadConfig(env, features.map((entry) => entry.feature));
