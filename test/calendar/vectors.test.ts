// 民法典 第二百零一条至第二百零四条, the State Council notices and the retirement table, as vectors.
import * as api from '../../src/calendar/index.js';
import { runVectors } from '../support/vectors.js';

runVectors('calendar', api as unknown as Record<string, unknown>);
