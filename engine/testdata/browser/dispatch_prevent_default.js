// Case: dispatchEvent returns false when a listener calls preventDefault on a cancelable event, and true for a non-cancelable one.
// Tags: browser
const form = document.createElement('form');
form.addEventListener('submit-attempt', (e) => {
  e.preventDefault();
  console.log('listener called preventDefault; defaultPrevented:', e.defaultPrevented);
});
console.log('cancelable event ->', form.dispatchEvent(new Event('submit-attempt', { cancelable: true })));
console.log('non-cancelable event ->', form.dispatchEvent(new Event('submit-attempt')));

const link = document.createElement('a');
link.onclick = () => false; // returning false from an on* handler prevents the default
link.addEventListener('click', (e) => console.log('addEventListener sees defaultPrevented:', e.defaultPrevented));
console.log('click with onclick returning false ->', link.dispatchEvent(new MouseEvent('click', { cancelable: true })));
