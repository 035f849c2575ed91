// Case: fs.open/read/write/fstat/close take descriptors as Node does (the lowest free one; readFile holds one while it reads)
// Tags: node
const fs = require('fs');

const fd = fs.openSync('hello.txt', 'r');
const small = Buffer.alloc(3);
console.log('sync fd', fd, fs.readSync(fd, small, 0, 3, null), small.toString(), fs.readSync(fd, small, 0, 3, null), small.toString());
fs.closeSync(fd);
try { fs.closeSync(fd); } catch (e) { console.log(e.message); }

fs.open('hello.txt', (err, fd) => {
  console.log('open', err, fd);
  const buf = Buffer.alloc(5);
  fs.read(fd, buf, 0, 5, 0, (err, n, b) => {
    console.log('read', err, n, b === buf, b.toString());
    fs.fstat(fd, (err, st) => {
      console.log('fstat', err, st.isFile(), st.size);
      fs.close(fd, (err) => {
        console.log('close', err);
        fs.close(fd, (err) => {
          console.log('close again', err.message, err.code, err.errno);
          writing();
        });
      });
    });
  });
});

function writing() {
  fs.open('notes.txt', 'w', (err, fd) => {
    fs.write(fd, 'first line\n', (err, written, str) => {
      console.log('write string', err, written, JSON.stringify(str));
      fs.write(fd, Buffer.from('second line\n'), 0, 12, null, (err, written) => {
        console.log('write buffer', err, written);
        fs.closeSync(fd);
        console.log(JSON.stringify(fs.readFileSync('notes.txt', 'utf8')));
        fs.open('notes.txt', 'wx', (err) => {
          console.log(err.message);
          fs.open('missing.txt', 'r', (err) => {
            console.log(err.message, err.code, err.syscall);
            fs.readFile('hello.txt', () => {
              fs.open('hello.txt', (err, fd) => console.log('after readFile closed its descriptor', fd));
            });
          });
        });
      });
    });
  });
}
