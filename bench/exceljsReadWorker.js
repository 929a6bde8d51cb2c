'use strict';
const { promises: fs } = require('fs');
const { parentPort } = require('worker_threads');
const ExcelJS = require('exceljs');

parentPort.on('message', async (file) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await fs.readFile(file));
  parentPort.postMessage({ file, sheets: wb.worksheets.length });
});
