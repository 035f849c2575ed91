// Case: a subtree observer sees text (characterData) and attribute changes deep in the tree; takeRecords() empties the queue and disconnect() stops it.
// Tags: browser
const root = document.createElement('section');
const p = document.createElement('p');
p.textContent = 'hello';
root.appendChild(p);
document.body.appendChild(root);

const mo = new MutationObserver((records) => {
  console.log('callback:', records.map((r) => r.type).join(','));
});
mo.observe(root, { subtree: true, characterData: true, attributes: true, childList: true });

p.firstChild.data = 'hello world';
p.setAttribute('lang', 'en');
const taken = mo.takeRecords();
console.log('takeRecords got:', taken.map((r) => r.type).join(','));
p.setAttribute('lang', 'fr');
setTimeout(() => {
  mo.disconnect();
  p.setAttribute('lang', 'de');
  console.log('after disconnect: no callback for this change');
}, 10);
