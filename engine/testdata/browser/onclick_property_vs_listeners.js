// Case: an onclick property is one listener in registration order among addEventListener listeners; reassigning it keeps its slot.
// Tags: browser
const btn = document.createElement('button');
btn.textContent = 'btn';
document.body.appendChild(btn);

btn.addEventListener('click', () => console.log('listener 1'));
btn.onclick = () => console.log('onclick (first version)');
btn.addEventListener('click', () => console.log('listener 2'));
btn.click();
console.log('--');
btn.onclick = () => console.log('onclick (replaced, same slot)');
btn.click();
console.log('--');
btn.onclick = null;
btn.click();
