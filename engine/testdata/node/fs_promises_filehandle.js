// Case: fs/promises open() and its FileHandle: stat, readFile, write, writeFile, read, close, each a thread-pool job; a failed open rejects with ENOENT
// Tags: node
const fsp = require('fs/promises');
(async () => {
  const h = await fsp.open(__filename, 'r');
  console.log(typeof h.fd, h.fd >= 3);
  const st = await h.stat();
  console.log('size ok', st.size > 0, st.isFile());
  const text = await h.readFile('utf8');
  console.log('first line', text.split('\n')[0]);
  await h.close();
  const w = await fsp.open('out.txt', 'w');
  const r = await w.write('hello ');
  await w.writeFile('world');
  await w.close();
  console.log(r.bytesWritten, await fsp.readFile('out.txt', 'utf8'));
  const h2 = await fsp.open(__filename);
  const { bytesRead, buffer } = await h2.read(Buffer.alloc(5), 0, 5, 0);
  console.log(bytesRead, buffer.toString());
  await h2.close();
  try { await fsp.open('nope.txt'); } catch (e) { console.log(e.code, e.syscall); }
})();
setImmediate(() => console.log('immediate'));
