/**
 * The shared scanning of the 公开说明's amounts: lists of amounts (AMOUNT_LIST, listItems), read in time on any text.
 */
import { AMOUNT_LIST, listItems } from '../../../../src/engine/audit/shared/textScan';
import { runAudit } from '../../../../src/engine/audit/audit';
import { RULES } from '../../../../src/engine/audit/rules';
import { recognise } from '../../../../src/engine/recognise/recognise';
import { parseSupplementJson } from '../../../../src/engine/supplement/json';
import { sample, sampleData, sheet } from '../../../support/ruleTester';

/** A list as the text rules read it: AMOUNT_LIST's whole match in `text`, and its items as written with their units. */
function listIn(text: string): { readonly list: string; readonly items: string[] } | undefined {
  const m = new RegExp(AMOUNT_LIST).exec(text);
  return m ? { list: m[1]!, items: listItems(m[1]!).map((i) => `${i.money.written}${i.money.unit}`) } : undefined;
}

/** Forty bare integers separated by `，` (read as `,`) or `、`, no unit after the last: no list of amounts. */
const integers = (sep: string) => `分别为${Array.from({ length: 40 }, (_, i) => String(i + 10)).join(sep)}。`;

describe('AMOUNT_LIST', () => {
  it('reads lists of amounts, the unit after each or once after the last, thousands separators kept in a number', () => {
    expect(listIn('分别为577.84万元、67.39万元。')).toEqual({ list: '577.84万元、67.39万元', items: ['577.84万元', '67.39万元'] });
    expect(listIn('分别为1,488.29万元,1,363.45万元。')).toEqual({ list: '1,488.29万元,1,363.45万元', items: ['1,488.29万元', '1,363.45万元'] });
    expect(listIn('分别为1,488.29,1,363.45万元。')).toEqual({ list: '1,488.29,1,363.45万元', items: ['1,488.29万元', '1,363.45万元'] });
    expect(listIn('分别为10、20和30万元。')).toEqual({ list: '10、20和30万元', items: ['10万元', '20万元', '30万元'] });
    expect(listIn('分别为-1.50万元与2元。')).toEqual({ list: '-1.50万元与2元', items: ['-1.50万元', '2元'] });
    // One amount is no list (it was read as one split at its thousands separator: 1 and 488.29万元).
    expect(listIn('分别为1,488.29万元。')).toBeUndefined();
  });

  // helper-h128: a number could end at any comma of a run of bare integers, which also separates them: every split was tried
  // in turn where no unit ended the run (2ⁿ: seconds at 22 integers, for ever at 40).
  // The bounds are a hundred times what these take, not goals (those live in `npm run bench`): they catch the 2ⁿ
  // backtracking (hours at forty integers), and a loaded CI machine does not cross them.
  it('reads forty bare integers separated by ， or 、 in well under a second', () => {
    for (const sep of [',', '、']) {
      const start = performance.now();
      expect(listIn(integers(sep))).toBeUndefined();
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });

  it('is read in time by the text rules in a paragraph of forty bare integers', () => {
    const { supplement } = parseSupplementJson(sampleData());
    const rules = RULES.filter((r) => r.id.startsWith('text-'));
    const audit = (lines: string[]) => {
      const grid = sample();
      const withText = { ...grid, sheets: [...grid.sheets, sheet('公开说明', lines.map((l) => [l]))] };
      const input = { recognition: recognise(withText), supplement, grid: withText };
      const start = performance.now();
      runAudit(input, rules);
      return performance.now() - start;
    };
    // The fastest of three runs, against timing noise.
    const fastest = (lines: string[]) => Math.min(audit(lines), audit(lines), audit(lines));
    const paragraph = `本单位各项目支出分别为${Array.from({ length: 40 }, (_, i) => String(i + 10)).join('，')}，共计1,000.00万元。`;
    const withoutIt = fastest(['本单位各项目支出共计1,000.00万元。']);
    const withIt = fastest([paragraph]);
    // A few ms; a backtracking pattern took seconds at 24 integers, for ever at 40.
    expect(withIt - withoutIt).toBeLessThan(1000);
  });
});
