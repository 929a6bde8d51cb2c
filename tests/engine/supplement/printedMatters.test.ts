/**
 * The 说明数据 事项 a table prints (supplement/printedMatters.ts): 江西's 国有资产占用情况表 gives 房屋价值 and 车辆价值 in its
 * 合计 row. The 说明数据 sheet says so beside their cells, which left empty the text fills from the table (h276: an
 * empty cell gave §十（三） two gaps beside the printed table); 固定资产原值 is none of them (the table's 固定资产 may be
 * a 净值).
 */
import { supplementPlan } from '../../../src/engine/workflow';
import { recognise } from '../../../src/engine/recognise/recognise';
import { printedMatter } from '../../../src/engine/supplement/printedMatters';
import { changji2022Supplement } from '../../../fixtures/changji-2022/supplement';
import { sample } from '../../support/ruleTester';
import { planCell } from '../../support/supplementPlan';
import { JIANGXI_ASSETS, jiangxiAssetsRows } from '../../support/layouts';

const jiangxi = () => ({ sheets: [...sample().sheets, { name: JIANGXI_ASSETS, rows: jiangxiAssetsRows() }] });
const json = () => JSON.parse(JSON.stringify(changji2022Supplement));

describe('the 事项 a table prints', () => {
  it('江西’s table gives 房屋价值 and 车辆价值 at its 合计 row, nothing else', () => {
    const rec = recognise(jiangxi());
    expect(printedMatter(rec, '车辆价值')).toMatchObject({ name: '国有资产占用情况表合计行的车辆', figure: { fen: 72_850_000 } });
    expect(printedMatter(rec, '房屋价值')?.name).toBe('国有资产占用情况表合计行的房屋构筑物');
    expect(printedMatter(rec, '固定资产原值')).toBeUndefined();
    expect(printedMatter(recognise(sample()), '车辆价值')).toBeUndefined();
  });

  it('the 说明数据 sheet says beside their cells that an empty one takes the table’s', () => {
    const plan = supplementPlan(jiangxi(), json());
    expect(planCell(plan, '车辆价值', '本年数')?.value).toBe('金额（万元）；留空即取国有资产占用情况表合计行的车辆');
    expect(planCell(plan, '房屋价值', '本年数')?.value).toBe('金额（万元）；留空即取国有资产占用情况表合计行的房屋构筑物');
    expect(planCell(plan, '固定资产原值', '本年数')?.value).toBe('金额（万元）');
    expect(planCell(supplementPlan(sample(), json()), '车辆价值', '本年数')?.value).toBe('金额（万元）');
  });
});
