// Case: {once: true} listeners run one time; removeEventListener needs the same function and capture flag; duplicates are ignored.
// Tags: browser
const btn = document.createElement('button');
btn.textContent = 'btn';
document.body.appendChild(btn);

function handler() {
  console.log('handler');
}
btn.addEventListener('click', () => console.log('once listener'), { once: true });
btn.addEventListener('click', handler);
btn.addEventListener('click', handler); // same function again: ignored
btn.addEventListener('click', handler, true); // capture flag differs: a second registration

console.log('-- first click');
btn.click();
btn.removeEventListener('click', handler);
console.log('-- second click (bubble handler removed)');
btn.click();
btn.removeEventListener('click', handler, { capture: true });
console.log('-- third click (nothing left)');
btn.click();
console.log('done');
