// Case: a script at the end of body runs while readyState is "loading"; DOMContentLoaded then load follow, after the script's microtasks.
// Tags: browser
console.log('script runs, readyState:', document.readyState);
document.addEventListener('DOMContentLoaded', () => {
  console.log('DOMContentLoaded, readyState:', document.readyState);
  Promise.resolve().then(() => console.log('microtask after DOMContentLoaded'));
});
window.addEventListener('load', () => console.log('load, readyState:', document.readyState));
document.addEventListener('readystatechange', () => console.log('readystatechange ->', document.readyState));
Promise.resolve().then(() => console.log('microtask after the script'));
