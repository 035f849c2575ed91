// Case: fs.stat reports file vs directory and the byte size; results are printed in a fixed order regardless of completion order.
// Tags: node
const fs = require('fs');
const path = require('path');

const names = ['hello.txt', 'logs', 'users.json'];
const results = {};
let pending = names.length;
for (const name of names) {
  fs.stat(path.join(__dirname, name), (err, st) => {
    if (err) throw err;
    results[name] = `${name}: file=${st.isFile()} dir=${st.isDirectory()}` + (st.isFile() ? ` size=${st.size}` : '');
    if (--pending === 0) {
      for (const n of names) console.log(results[n]);
    }
  });
}
console.log('three stats started');
