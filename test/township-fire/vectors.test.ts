// The policy's table for 伊州政办规〔2024〕2号: 附件 第1项 … 第6项 and 附件 末段 (routing),
// 五（十三） (handling steps), 四（七） (township brigades), 二（三） (responsibility chain).
import * as api from '../../src/township-fire/index.js';
import { runVectors } from '../support/vectors.js';

runVectors('township-fire', api as unknown as Record<string, unknown>);
