// How an article's text is held (伊州公积金管办〔2024〕2号 第六条 and 第十三条 as samples): 款 and
// （一）（二）项 split by line, whitespace at line ends dropped, built inside each test.
import { describe, expect, it } from 'vitest';
import { defineArticles } from '../../src/core/citations.js';

describe('defineArticles (第六条, 第十三条: 款 and 项)', () => {
  it('splits 款 and 项, keeps the verbatim lines, and copies the metadata', () => {
    const implementedBy = ['gradeArrears'];
    const [a6, p2] = defineArticles([
      {
        id: '第六条',
        article: 6,
        text: ' 存在下列情况之一的，应列入一般失信行为：\n\n（一）无故连续拖欠公积金贷款本息2期及以下的；\n  （二）本办法第四条所列其他情形，情节较轻微的。 ',
        implementedBy,
      },
      { id: '三（十三）', part: '三（十三）', text: '第一款。\n第二款：\n（一）甲；\n（十二）乙。', notComputable: '职责' },
    ]);
    expect(a6).toEqual({
      id: '第六条',
      article: 6,
      text: '存在下列情况之一的，应列入一般失信行为：\n（一）无故连续拖欠公积金贷款本息2期及以下的；\n（二）本办法第四条所列其他情形，情节较轻微的。',
      paragraphs: ['存在下列情况之一的，应列入一般失信行为：'],
      items: [
        { paragraph: 1, number: 1, text: '（一）无故连续拖欠公积金贷款本息2期及以下的；' },
        { paragraph: 1, number: 2, text: '（二）本办法第四条所列其他情形，情节较轻微的。' },
      ],
      implementedBy: ['gradeArrears'],
      textHash: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
    expect(a6!.implementedBy).not.toBe(implementedBy);
    expect(a6).not.toHaveProperty('part');
    expect(a6).not.toHaveProperty('notComputable');
    expect(p2).toMatchObject({ part: '三（十三）', notComputable: '职责', implementedBy: [], paragraphs: ['第一款。', '第二款：'] });
    expect(p2!.items).toEqual([
      { paragraph: 2, number: 1, text: '（一）甲；' },
      { paragraph: 2, number: 12, text: '（十二）乙。' },
    ]);
    expect(p2).not.toHaveProperty('article');
  });

  it('an item line before any 款 is a 款 of its own; a duplicate id is refused', () => {
    expect(defineArticles([{ id: 'x', text: '（一）甲；\n（二）乙。' }])[0]).toMatchObject({ paragraphs: ['（一）甲；'], items: [{ paragraph: 1, number: 2 }] });
    expect(() => defineArticles([{ id: 'x', text: 'a' }, { id: 'x', text: 'b' }])).toThrow(/duplicate/);
  });
});
