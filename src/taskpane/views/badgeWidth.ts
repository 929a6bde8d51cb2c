/**
 * 识别's badge column (01 … 09, 其他表1, 其他表12, 自评), and 检查's numbers (表05-3, 其他表1-1, 说明-2): one width, so
 * that every title or message starts at the same x.
 */

/**
 * The badge column's width in em, the widest badge listed: a Chinese character is 1em, a digit or Latin letter at
 * most 0.65em (其他表12 → 4.3em); 2.2em at least (01, 自评). Only as wide as this list needs: the nine alone keep
 * their narrow column, the pane being ~320px wide in Excel.
 */
export function badgeWidth(badges: readonly string[]): string {
  const em = (b: string) => [...b].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? 0.65 : 1), 0);
  return `${Math.max(2.2, ...badges.map(em)).toFixed(2)}em`;
}
