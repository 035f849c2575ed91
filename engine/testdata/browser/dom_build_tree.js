// Case: DOM methods are synchronous: createElement, appendChild, removeChild and children update the tree immediately.
// Tags: browser
const list = document.createElement('ul');
list.id = 'todo';
for (const text of ['buy milk', 'write code', 'sleep']) {
  const li = document.createElement('li');
  li.textContent = text;
  list.appendChild(li);
}
document.body.appendChild(list);
console.log('children:', list.children.length);
console.log('first item:', list.firstElementChild.textContent);
list.removeChild(list.children[1]);
console.log('after removeChild:', Array.from(list.children, (li) => li.textContent).join(', '));
console.log('found by id:', document.getElementById('todo') === list);
console.log('querySelectorAll li:', document.querySelectorAll('#todo li').length);
const p = document.createElement('p');
p.textContent = 'inserted first';
document.body.insertBefore(p, list);
console.log('body child tags:', Array.from(document.body.children, (el) => el.tagName).join(','));
