import type { ru } from './ru.ts';

/** The shape of a catalogue: the Russian one's keys, any text. */
export type Catalogue = { readonly [Section in keyof typeof ru]: { readonly [Key in keyof (typeof ru)[Section]]: string } };
