/**
 * How the web page is started afresh, as said where a part of it could not be loaded (LazyPart's RestartAdvice):
 * a reload loses the workbook the page holds, so its edits are downloaded first.
 */
export const WEB_RESTART = '先点“下载工作簿”保存修改，再刷新此网页';
