// Case: emit() runs listeners synchronously, so wrapping it in setImmediate or nextTick is what makes an event asynchronous.
// Tags: node
const EventEmitter = require('events');

class Job extends EventEmitter {
  start() {
    this.emit('sync-start');
    process.nextTick(() => this.emit('tick-start'));
    setImmediate(() => this.emit('done', 'result'));
    return this;
  }
}

const job = new Job();
job.on('sync-start', () => console.log('sync-start (inside start())'));
job.start();
job.on('tick-start', () => console.log('tick-start (listener added after start())'));
job.on('done', (r) => console.log('done with', r));
console.log('after start()');
