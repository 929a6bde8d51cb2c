/**
 * 江西's 国有资产占用情况表 (its 公开10表, after the 三公 table; tests/engine/audit/jiangxiTemplate.test.ts): one 合计 row
 * under 资产总额 | 流动资产 | 固定资产 {小计 | 房屋构筑物 | 车辆 | 单价200万元以上大型设备 | 其他固定资产} | 对外投资 |
 * 无形资产 | 其他资产, in 万元. The amounts §十（三） quotes from the 说明数据 (房屋价值, 车辆价值) are held to its 房屋构筑物
 * and 车辆 (rules/supplementAssets.ts). It prints no count: the text's 车辆 counts have nothing here to agree with.
 */
import type { BlockTableSpec } from '../spec';

export const assetsSpec: BlockTableSpec = {
  code: 'A10',
  id: 'assets',
  kind: 'blocks',
  extra: true,
  titles: ['国有资产占用情况表'],
  blocks: [
    {
      key: 'main',
      rows: [{ key: 'total', labels: ['合计', '总计'] }],
      columns: [
        { key: 'totalAssets', labels: ['资产总额', '资产总计'] },
        { key: 'currentAssets', labels: ['流动资产'] },
        { key: 'fixedAssets', labels: ['小计', '合计'], under: ['固定资产'] },
        { key: 'buildings', labels: ['房屋构筑物', '房屋及构筑物', '房屋'], under: ['固定资产'] },
        { key: 'vehicles', labels: ['车辆'], under: ['固定资产'] },
        { key: 'largeEquipment', labels: ['单价200万元以上大型设备', '单价100万元以上大型设备'], under: ['固定资产'] },
        { key: 'otherFixedAssets', labels: ['其他固定资产'], under: ['固定资产'] },
        { key: 'investments', labels: ['对外投资'] },
        { key: 'intangibleAssets', labels: ['无形资产'] },
        { key: 'otherAssets', labels: ['其他资产'] },
      ],
      required: ['buildings', 'vehicles'],
    },
  ],
};
