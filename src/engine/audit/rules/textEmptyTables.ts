/**
 * A text must not speak of amounts a table does not have: 政府性基金 支出 X 万元 while table 08 is empty (absent, or
 * all 0 — then table 04's 政府性基金 column says it), 国有资本经营 amounts while table 09 is, "三公" amounts while
 * table 07 is all 0. Amounts are those of the section about the table (八、政府性基金… up to the next heading),
 * and those the text attaches to the fund's name anywhere ("政府性基金预算财政拨款收入 X 万元"); a change against the
 * prior year is not an amount of this year.
 */
import { shownTitle } from '../../tables/model';
import { defineRule } from '../rule';
import type { CellRef } from '../../grid/address';
import { fromFen } from '../../grid/money';
import type { Recognition } from '../../recognise/recognise';
import type { TableModel } from '../../tables/model';
import { CONNECTOR, isHeading, mayStateAmount, MONEY, moneyText, parseMoney, textCells, TextMoney } from '../shared/textScan';

type Topic = 'govFund' | 'stateCapital' | 'threePublicCosts';

const TOPICS: readonly { topic: Topic; words: RegExp; name: string; fiscalColumn?: 'govFund' | 'stateCapital' }[] = [
  { topic: 'govFund', words: /政府性基金/, name: '政府性基金预算财政拨款', fiscalColumn: 'govFund' },
  { topic: 'stateCapital', words: /国有资本经营/, name: '国有资本经营预算财政拨款', fiscalColumn: 'stateCapital' },
  { topic: 'threePublicCosts', words: /三公/, name: '“三公”经费' },
];

/** A heading naming a table (`九、《国有资本经营预算财政拨款收入支出决算表》` in the list of tables): no section about it. */
const NAMES_TABLE = /《[^》]*表》|决算表$/;
const ATTACHED: Readonly<Record<Topic, RegExp>> = {
  govFund: new RegExp(`政府性基金(?:预算)?(?:财政拨款)?(?:收入|支出|结转和结余)?${CONNECTOR}${MONEY}`, 'g'),
  stateCapital: new RegExp(`国有资本经营(?:预算)?(?:财政拨款)?(?:收入|支出|结转和结余)?${CONNECTOR}${MONEY}`, 'g'),
  threePublicCosts: new RegExp(`三公经费(?:财政拨款)?(?:支出)?(?:决算|预算)?(?:数)?${CONNECTOR}${MONEY}`, 'g'),
};

/**
 * Another fund named right before, joined (一般公共预算和政府性基金预算财政拨款支出合计…, 一般公共预算财政拨款收入、政府性基金…): the
 * amount is the funds' sum, not the empty one's (helper-h233: a right sum was a 错误 as 政府性基金's). Only where one of the funds
 * joined before has amounts: funds all empty (政府性基金预算和国有资本经营预算…合计50.00万元) share an amount none of them has
 * (helper-h234: skipped, it passed unread).
 */
const JOINED_AFTER_FUND = /(一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:财政拨款)?(?:收入|支出|结转和结余)?(?:和|及|与|、)$/;

function joinedAfterFundWithAmounts(before: string, emptyFunds: ReadonlySet<string>): boolean {
  let rest = before;
  for (let m = JOINED_AFTER_FUND.exec(rest); m; m = JOINED_AFTER_FUND.exec(rest)) {
    if (!emptyFunds.has(m[1]!)) return true;
    rest = rest.slice(0, m.index);
  }
  return false;
}

// Table 07's 机关运行经费 (the last column of 上海's districts' table) is no 三公 amount: the 三公 may be none beside it.
const allZero = (t: TableModel) =>
  t.rows.every((r) => Object.entries(r.figures).every(([key, f]) => key === 'officeCost' || (!f.invalid && (f.fen ?? 0) === 0)));

/** Whether the tables say the topic has no amounts, and the cell that says so; undefined when no table tells. */
function emptyEvidence(rec: Recognition, topic: (typeof TOPICS)[number]): { cell: CellRef; table: string } | undefined | false {
  const own = rec.tables[topic.topic];
  if (own) return allZero(own) ? { cell: own.titleCell, table: shownTitle(own) } : false;
  const t4 = rec.tables.fiscalSummary;
  if (!topic.fiscalColumn || !t4) return undefined;
  const column = topic.fiscalColumn;
  const figures = t4.rows.flatMap((r) => {
    const own = r.key === column || r.key === `opening${column[0]!.toUpperCase()}${column.slice(1)}` ? Object.values(r.figures) : [];
    return [...own, ...(r.block === 'expenditure' && r.figures[column] ? [r.figures[column]!] : [])];
  });
  if (figures.length === 0) return undefined;
  return figures.every((f) => !f.invalid && (f.fen ?? 0) === 0) ? { cell: t4.titleCell, table: shownTitle(t4) } : false;
}

export default defineRule({
  id: 'text-empty-tables',
  title: '公开说明不能写出空表中没有的金额（政府性基金、国有资本经营、“三公”经费）',
  severity: 'error',
  tables: [],
  messages: {
    phantom: '说明文字写了{name}金额 {amounts}，而{table}中{name}没有数（空表或全为 0）：请核对说明文字或表格。',
  },
  check(ctx) {
    // The funds the tables say are empty: an amount shared with them alone is theirs (joinedAfterFundWithAmounts).
    const emptyFunds = new Set(TOPICS.filter((topic) => topic.fiscalColumn && emptyEvidence(ctx.recognition, topic)).map((topic) => topic.words.source));
    for (const topic of TOPICS) {
      const empty = emptyEvidence(ctx.recognition, topic);
      if (!empty) continue;
      let inSection = false;
      let sheet = '';
      for (const t of textCells(ctx)) {
        if (t.cell.sheet !== sheet) [sheet, inSection] = [t.cell.sheet, false];
        if (isHeading(t.text)) {
          // A heading about the 三公 of both funds (一般公共预算及政府性基金财政拨款“三公”经费…, 安徽 巢湖市人民法院 2021) is the
          // 三公's section, not the fund's (helper-h210: its 三公 amounts were 错误 as 政府性基金's).
          inSection = topic.words.test(t.text) && !NAMES_TABLE.test(t.text.replace(/[。.]$/, '')) && (topic.topic === 'threePublicCosts' || !/三公/.test(t.text));
          continue;
        }
        // Only an amount the text states is said (MONEY): a text stating none (a table's footnote) is not searched.
        if (!mayStateAmount(t.text)) continue;
        const amounts: TextMoney[] = [];
        if (inSection) {
          // A change against the prior year may be real (a fund that had amounts last year and none this year).
          for (const m of t.text.matchAll(new RegExp(`(增加|减少|增长|下降)?${MONEY}`, 'g'))) if (!m[1]) amounts.push(parseMoney(m[2]!, m[3]!));
        } else if (topic.words.test(t.text)) {
          for (const m of t.text.matchAll(ATTACHED[topic.topic])) {
            if (joinedAfterFundWithAmounts(t.text.slice(0, m.index), emptyFunds)) continue;
            amounts.push(parseMoney(m[1]!, m[2]!));
          }
        }
        const nonZero = amounts.filter((a) => a.fen !== 0);
        if (nonZero.length === 0) continue;
        ctx.report({
          messageId: 'phantom',
          data: { name: topic.name, amounts: nonZero.map(moneyText).join('、'), table: empty.table },
          cells: [t.cell, empty.cell],
          key: topic.topic,
          values: nonZero.map((a) => fromFen(a.fen, nonZero[0]!.unit)),
          unit: nonZero[0]!.unit,
        });
      }
    }
  },
});
