// Title: MutationObserver callbacks are microtasks (browser)
// DOM changes are batched into one MutationObserver callback, delivered as a microtask after the script's own code.
const list = document.createElement('ul');
document.body.appendChild(list);

new MutationObserver((records) => {
  console.log(`observer saw ${records.length} changes`);
}).observe(list, { childList: true });

for (const name of ['Ada', 'Alan', 'Grace']) {
  const item = document.createElement('li');
  item.textContent = name;
  list.appendChild(item);
}
Promise.resolve().then(() => console.log('promise reaction'));
console.log('three items appended');
