// Case: attaching a catch only in a later timer is too late in Node 20: the process already crashed with exit code 1.
// Tags: node
const p = Promise.reject(new Error('caught too late'));
setTimeout(() => {
  p.catch(() => console.log('never: the process is gone'));
}, 0);
console.log('script end');
