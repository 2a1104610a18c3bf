/**
 * 伊州公积金管办〔2024〕2号: the decision table (test/vectors/provident-fund-discredit.json),
 * 第四条 to 第十九条, run against the module's public API.
 */
import * as api from '../../src/provident-fund-discredit/index.js';
import { runVectors } from '../support/vectors.js';

runVectors('provident-fund-discredit', api as unknown as Record<string, unknown>);
