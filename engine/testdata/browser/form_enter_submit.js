// Case: pressing Enter in a form's text field fires a submit event (cancelled here) after keydown, as a real user action.
// Tags: browser
// Input: key Enter #name at 300
const form = document.createElement('form');
const input = document.createElement('input');
input.id = 'name';
input.value = 'Ada';
const submit = document.createElement('button');
submit.textContent = 'Send';
form.append(input, submit);
document.body.appendChild(form);

input.addEventListener('keydown', (e) => console.log('keydown', e.key));
submit.addEventListener('click', (e) => console.log('implicit click on the submit button, trusted:', e.isTrusted));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  console.log('submit prevented, value:', input.value);
});
