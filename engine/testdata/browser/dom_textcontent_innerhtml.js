// Case: textContent replaces children with one text node; innerHTML parses markup; both are synchronous.
// Tags: browser
const div = document.createElement('div');
div.innerHTML = '<b>bold</b> and <i>italic</i>';
console.log('children after innerHTML:', div.children.length, 'childNodes:', div.childNodes.length);
console.log('textContent:', div.textContent);
div.textContent = '<b>not parsed</b>';
console.log('children after textContent:', div.children.length);
console.log('innerHTML now:', div.innerHTML);
document.body.append(div);
console.log('body contains div:', document.body.contains(div));
div.remove();
console.log('after remove():', document.body.contains(div), div.parentNode);
