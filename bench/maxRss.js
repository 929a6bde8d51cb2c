// Preloaded with `node --require`: prints the process's peak resident memory (KB) to stderr as it exits.
'use strict';
process.on('exit', () => process.stderr.write(`\nmaxRssKb=${process.resourceUsage().maxRSS}\n`));
