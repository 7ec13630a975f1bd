import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type AccordConfig } from '#accord/platform';
import { features } from './features.js';

export interface AccordModuleOptions {
  /** The server keeps read models live; one-shot commands of the `accord` CLI do not. */
  readonly runProjections: boolean;
}

/** The composition root shared by the server and the command line: the platform plus every feature. */
@Module({})
export class AccordModule {
  static forRoot(config: AccordConfig, options: AccordModuleOptions): DynamicModule {
    return {
      module: AccordModule,
      imports: [
        PlatformModule.forRoot({ config, features: features.map((entry) => entry.feature), runProjections: options.runProjections }),
        ...features.map((entry) => entry.module),
      ],
    };
  }
}
