// record.js runs the cases in cases.js through real Node.js and prints the
// expected output as JSON. Re-record (from this directory) with
//
//	TZ=UTC node record.js > expected.json
//
// using node v20 (the version looplab imitates).
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');
const vm = require('vm');

const src = fs.readFileSync(path.join(__dirname, 'cases.js'), 'utf8');
const cases = [];
const names = new Set();
function add(name, out) {
  if (names.has(name)) throw new Error('duplicate case name: ' + name);
  names.add(name);
  cases.push({ name, out });
}
const recorder = {
  inspect(name, value, options) {
    add(name, options === undefined ? util.inspect(value) : util.inspect(value, options));
  },
  format(name, ...args) {
    add(name, util.format(...args));
  },
  formatWithOptions(name, options, ...args) {
    add(name, util.formatWithOptions(options, ...args));
  },
};
vm.runInThisContext(src, { filename: 'cases.js' })(recorder);
process.stdout.write(JSON.stringify({ node: process.version, cases }, null, 1) + '\n');
