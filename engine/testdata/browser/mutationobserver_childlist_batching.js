// Case: several childList mutations in one task are delivered together in a single observer callback after the task.
// Tags: browser
const list = document.createElement('ul');
document.body.appendChild(list);
let calls = 0;
new MutationObserver((records) => {
  calls++;
  const added = records.reduce((n, r) => n + r.addedNodes.length, 0);
  const removed = records.reduce((n, r) => n + r.removedNodes.length, 0);
  console.log(`callback #${calls}: ${records.length} records, ${added} added, ${removed} removed, list now has ${list.children.length}`);
}).observe(list, { childList: true });

for (let i = 0; i < 5; i++) {
  const li = document.createElement('li');
  li.textContent = `item ${i}`;
  list.appendChild(li);
}
list.removeChild(list.firstElementChild);
console.log('six mutations done, no callback yet:', calls === 0);
