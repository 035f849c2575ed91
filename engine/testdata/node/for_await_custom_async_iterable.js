// Case: for await calls [Symbol.asyncIterator]() once and awaits next() before each iteration.
// Tags: both
const stream = {
  [Symbol.asyncIterator]() {
    console.log('asyncIterator() called');
    let i = 0;
    return {
      next() {
        i++;
        console.log(`next() #${i}`);
        if (i > 3) return Promise.resolve({ done: true, value: undefined });
        return new Promise((r) => setTimeout(() => r({ done: false, value: `chunk-${i}` }), 5));
      },
    };
  },
};

(async () => {
  for await (const chunk of stream) {
    console.log('received', chunk);
  }
  console.log('stream ended');
})();
console.log('loop started');
