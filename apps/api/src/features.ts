import type { DynamicModule, Type } from '@nestjs/common';
import { identityFeature, IdentityModule } from '#accord/identity';
import type { AccordFeature } from '#accord/platform';

/** The bounded contexts this deployment runs: each brings its Nest module and its platform parts. */
export const features: readonly { readonly feature: AccordFeature; readonly module: Type | DynamicModule }[] = [
  { feature: identityFeature, module: IdentityModule },
];
