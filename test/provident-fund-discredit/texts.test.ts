/**
 * What the vector tables cannot say: the step texts of 第九条 and the measure texts of 第十条 to
 * 第十二条 that paraphrase the text each carry the text's own words (each phrase below is checked to
 * be verbatim in the seed); each missing item of 第十三条第二款 is named in the text's words; and a
 * stream of records passes through errors that are not about a record.
 */
import { describe, expect, it } from 'vitest';
import {
  gradeArrearsStream,
  nextDeterminationStep,
  sanctionsFor,
  validateWrittenObjection,
} from '../../src/provident-fund-discredit/index.js';
import { isInSeed } from '../support/seed.js';

/** `text` contains each phrase, and each phrase is the seed's own words. */
function carries(text: string | null | undefined, ...phrases: string[]): void {
  expect(text).toBeTypeOf('string');
  for (const p of phrases) {
    expect(isInSeed(p), `「${p}」 is not in the seed`).toBe(true);
    expect(text).toContain(p);
  }
}

describe('第九条 each step carries the text’s words', () => {
  it('（二）found unfounded: the procedure ends and business resumes', () => {
    const r = nextDeterminationStep({ completed: 'verification', verificationFinding: 'unfounded', involvesBusiness: true });
    carries(r.title, '经核查失信行为不属实');
  });

  it('（四）prior notice and hearing', () => {
    const r = nextDeterminationStep({ completed: 'credit-interview' });
    carries(r.title, '依法送达');
    expect(r.mustContain).toHaveLength(3);
    carries(r.mustContain[0], '事先告知当事人');
    carries(r.mustContain[0], '拟列入失信行为');
    carries(r.mustContain[1], '陈述和申辩意见');
    expect(r.mustContain[2]).toBe('对当事人提出的事实、理由和证据成立的，应当采纳');
    carries(r.mustContain[2], '对当事人提出的事实、理由和证据成立的，应当采纳');
  });

  it('（四）written notice of the result and of the right to object (第十三条)', () => {
    const plain = nextDeterminationStep({ completed: 'prior-notice-and-hearing' });
    carries(plain.title, '依法送达');
    carries(plain.title, '认定结果');
    carries(plain.title, '申诉权利');
    expect(plain.mustContain).toHaveLength(3);
    expect(plain.mustContain.slice(0, 2)).toEqual(['认定结果', '申诉权利']);
    carries(plain.mustContain[2], '收到书面告知书之日起15日内', '提出书面复议', '并提交相关证明材料');

    const adopt = nextDeterminationStep({ completed: 'prior-notice-and-hearing', defenceEstablished: true });
    expect(adopt.mustContain).toHaveLength(4);
    carries(adopt.mustContain[0], '采纳');
    carries(adopt.mustContain[0], '事实、理由和证据');
    expect(adopt.mustContain.slice(1)).toEqual(plain.mustContain);
  });

  it('closed after the written notice: the 15 days of 第十三条 run', () => {
    carries(nextDeterminationStep({ completed: 'written-decision' }).title, '收到书面告知书之日起15日内', '书面复议');
  });
});

describe('第十条 to 第十二条 each measure carries the text’s words', () => {
  it('第十条 信用提醒', () => {
    const [m] = sanctionsFor({ level: 'general' }).measures;
    carries(m?.title, '信用提醒', '将失信信息以短信、电话或者通过12329热线方式通知个人，提醒其规范相关行为');
  });

  it('第十一条 freeze and 5-year restriction', () => {
    const [freeze, restriction] = sanctionsFor({ level: 'serious' }).measures;
    carries(freeze?.title, '确定违规行为发生之日起冻结', '个人账户');
    carries(restriction?.title, '五年不予办理公积金提取和贷款');
    carries(restriction?.condition, '确定违规行为发生之日', '所涉资金清缴之日');
  });

  it('第十二条（三）（四）', () => {
    const ms = sanctionsFor({ level: 'severe', litigation: true, supervisionTarget: true }).measures;
    carries(ms[2]?.title, '失信行为上报当地纪委监委');
    for (const m of [ms[3], ms[4]]) carries(m?.condition, '骗提骗贷资金拒不归还', '法律诉讼追回资金', '贷款逾期严重', '法律诉讼追回欠款');
    carries(ms[3]?.title, '确定违规行为发生之日起冻结', '个人账户');
    carries(ms[4]?.title, '所涉资金清缴之日起限制', '八年不予办理公积金提取和贷款');
  });
});

describe('第十三条第二款 each missing item is named in the text’s words', () => {
  it('（一）to（六）', () => {
    const r = validateWrittenObjection({
      otherRequiredMaterials: [
        { name: '营业执照', provided: true },
        { name: '授权委托书', provided: false },
      ],
    });
    const msg = Object.fromEntries(r.missing.map((m) => [m.field, m.message]));
    carries(msg.applicantName, '复议人姓名（名称）');
    carries(msg.address, '地址');
    carries(msg.contact, '联系方式');
    carries(msg.determiningOffice, '认定部门（分支机构）名称');
    carries(msg.request, '复议请求');
    carries(msg.factsAndReasons, '主要事实和理由');
    carries(msg.evidenceAttached, '证明材料');
    carries(msg.filedOn, '提出复议时间');
    carries(msg['otherRequiredMaterials[1]'], '其他材料');
    // the listed material is counted from 1, as the caller's list is read: the second one is 第2项
    expect(msg['otherRequiredMaterials[1]']).toContain('第2项');
    expect(Object.keys(msg)).toHaveLength(9);
  });
});

describe('gradeArrearsStream passes other errors through untouched', () => {
  it('an error from the record source that is not a PolicyInputError keeps its own paths', () => {
    const sourceError = Object.assign(new Error('source failed'), { code: 'SOURCE_FAILED', issues: [{ path: ['row'] }] });
    const record = {} as { consecutiveOverduePeriods: number };
    Object.defineProperty(record, 'consecutiveOverduePeriods', {
      enumerable: true,
      get() {
        throw sourceError;
      },
    });
    let caught: unknown;
    try {
      [...gradeArrearsStream([{ consecutiveOverduePeriods: 1 }, record])];
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(sourceError);
    expect(sourceError.issues[0]?.path).toEqual(['row']);
  });
});
