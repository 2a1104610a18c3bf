/**
 * The options of 伊州政发〔2024〕9号's decisions are a named interface already
 * (OpinionDateOptions in ./supervision.ts, one line per field); this file checks at compile time
 * that it equals the input type of its zod schema in ./schemas.ts, so the two cannot drift.
 */
import type * as z from 'zod/mini';
import type { Expect, SameType } from '../core/type-equality.js';
import type { opinionDateOptionsSchema } from './schemas.js';
import type { OpinionDateOptions } from './supervision.js';

/** The interface equals its schema's input type (the options argument may be left out). */
type _InputsMatchSchemas = [Expect<SameType<OpinionDateOptions | undefined, z.input<typeof opinionDateOptionsSchema>>>];
