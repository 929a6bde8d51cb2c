// A worker for the pool tests: answers each item with the thread that did it; the item "die" kills the worker.
const { parentPort, threadId, workerData } = require('worker_threads');
parentPort.on('message', (item) => {
  if (item === 'die') throw new Error('worker died on purpose');
  setTimeout(() => parentPort.postMessage({ item, threadId, tag: workerData.tag }), 20);
});
