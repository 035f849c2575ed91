// Case: a deferred (resolve/reject taken out of the executor) settles later from a timer; Promise.withResolvers is missing in Node 20.
// Tags: node
console.log('typeof Promise.withResolvers:', typeof Promise.withResolvers);

function withResolvers() {
  let resolve, reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const { promise, resolve } = withResolvers();
promise.then((v) => console.log('deferred resolved with', v));
setTimeout(() => {
  console.log('timer resolves the deferred');
  resolve('done');
  resolve('ignored second resolve');
  console.log('after resolve(), still inside the timer');
}, 10);

const d2 = withResolvers();
d2.promise.catch((e) => console.log('deferred rejected with', e));
d2.reject('nope');
console.log('sync end');
