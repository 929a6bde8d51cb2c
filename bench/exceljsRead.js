// The batch baseline: ExcelJS reading every workbook of a folder and nothing else, on the same worker pool
// (one worker per core) that `juesuan check` uses, so that the ratio measures only what the engine adds.
'use strict';
const os = require('os');
const path = require('path');
const { expandInputs } = require('../dist/cli/batch/inputs');
const { mapInWorkers } = require('../dist/cli/batch/pool');

(async () => {
  const files = (await expandInputs(process.argv.slice(2))).map((i) => i.file);
  const results = await mapInWorkers(files, {
    workerFile: path.join(__dirname, 'exceljsReadWorker.js'),
    jobs: os.availableParallelism(),
    failed: (file, e) => ({ file, error: e.message }),
  });
  process.stdout.write(`${results.filter((r) => r.sheets > 0).length} 个工作簿已读取\n`);
})();
