// The policy table of 伊财规字〔2024〕1号 (第九条, 第十一条, 第十六条 to 第二十一条, 第二十四条,
// 第二十五条, 第二十八条 to 第三十条, 第三十七条): test/vectors/non-tax-revenue.json.
import { runVectors } from '../support/vectors.js';
import * as api from '../../src/non-tax-revenue/index.js';

runVectors('non-tax-revenue', api as unknown as Record<string, unknown>);
