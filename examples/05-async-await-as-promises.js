// Title: async/await are promise chains
// Code after an await runs later, as a microtask, exactly like a .then callback would.
async function getNumber() {
  console.log('getNumber starts');
  return 42;
}

async function main() {
  console.log('main starts');
  const n = await getNumber();
  console.log('main resumes with', n);
}

main();
Promise.resolve().then(() => console.log('a plain .then'));
console.log('after main() was called');
