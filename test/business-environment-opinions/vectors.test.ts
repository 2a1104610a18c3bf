/**
 * The policy table of 伊州政发〔2024〕9号 (test/vectors/business-environment-opinions.json):
 * 三（五）15 (credit report, leniency lists), 三（四）10 (六型), 三（一）…三（六） (the 18 tasks).
 */
import * as api from '../../src/business-environment-opinions/index.js';
import { runVectors } from '../support/vectors.js';

runVectors('business-environment-opinions', api as unknown as Record<string, unknown>);
