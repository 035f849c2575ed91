// Title: fetch answers in a networking task (browser)
// The response arrives later as a task; its json() continues as microtasks, and the page repaints at the next frame.
const status = document.createElement('p');
status.textContent = 'loading…';
document.body.appendChild(status);

fetch('https://jsonplaceholder.typicode.com/todos/1')
  .then((response) => {
    console.log('response status', response.status);
    return response.json();
  })
  .then((todo) => {
    status.textContent = todo.title;
    console.log('rendered:', status.textContent);
  });

console.log('request sent');
