// Case: fs read and write streams emit open, ready, data, end, finish and close on Node's ticks
// Tags: node
const fs = require('fs');
const rs = fs.createReadStream('hello.txt', { encoding: 'utf8', highWaterMark: 8 });
rs.on('open', (fd) => console.log('read open', typeof fd));
rs.on('ready', () => console.log('read ready'));
rs.on('data', (c) => console.log('data', JSON.stringify(c)));
rs.on('end', () => console.log('end', rs.bytesRead));
rs.on('close', () => {
  console.log('read close');
  const ws = fs.createWriteStream('out.txt');
  ws.on('open', () => console.log('write open'));
  ws.on('finish', () => console.log('finish'));
  ws.on('close', () => {
    console.log('write close', JSON.stringify(fs.readFileSync('out.txt', 'utf8')));
    fs.createReadStream('out.txt').pipe(fs.createWriteStream('copy.txt')).on('finish', () => {
      console.log('copied', JSON.stringify(fs.readFileSync('copy.txt', 'utf8')));
      const missing = fs.createReadStream('missing.txt');
      missing.on('error', (e) => console.log('error', e.code));
      missing.on('close', () => console.log('close after error'));
    });
  });
  console.log(ws.write('a\n', () => console.log('write cb 1')));
  console.log(ws.write('b\n', () => console.log('write cb 2')));
  ws.end('c\n', () => console.log('end cb'));
});
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
