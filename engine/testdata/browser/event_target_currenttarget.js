// Case: event.target stays the innermost element while event.currentTarget is the node whose listener is running; after dispatch currentTarget is null.
// Tags: browser
const list = document.createElement('ul');
list.id = 'list';
const item = document.createElement('li');
item.id = 'item';
item.textContent = 'item';
list.appendChild(item);
document.body.appendChild(list);

let saved;
list.addEventListener('click', (e) => {
  saved = e;
  console.log('list listener: target', e.target.id, 'currentTarget', e.currentTarget.id, 'this', this === window ? 'window' : '?');
});
list.addEventListener('click', function (e) {
  console.log('function listener: this is currentTarget:', this === e.currentTarget);
});
item.addEventListener('click', (e) => console.log('item listener: target', e.target.id, 'currentTarget', e.currentTarget.id));
item.click();
console.log('after dispatch: currentTarget', saved.currentTarget, 'target', saved.target.id);
