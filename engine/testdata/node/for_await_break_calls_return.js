// Case: breaking out of for await calls the iterator's return(), which runs the async generator's finally block.
// Tags: both
async function* numbers() {
  try {
    for (let i = 1; ; i++) {
      console.log(`  producing ${i}`);
      yield i;
    }
  } finally {
    console.log('  generator cleanup (finally)');
  }
}

(async () => {
  for await (const n of numbers()) {
    console.log('consumed', n);
    if (n === 2) {
      console.log('breaking');
      break;
    }
  }
  console.log('after the loop');
})();
