// Case: errors thrown by the runtime carry V8's messages when a catch clause or a rejection shows them.
// Tags: both
const attempts = {
  'property of undefined': () => { const user = {}; return user.profile.name; },
  'property of null literal': () => null.length,
  'set property of null literal': () => { null.x = 1; },
  'method that is not a function': () => { const api = {}; api.fetchAll(); },
  'value that is not a function': () => { const count = 5; count(); },
  'chained member is not a function': () => { const cfg = { db: {} }; cfg.db.connect(); },
  'variable used before let': () => { total++; let total = 0; },
  'constant reassigned': () => { const max = 1; max = 2; },
  'undefined variable': () => missingVariable + 1,
  'class called without new': () => { class Point {} Point(); },
  'arrow used as constructor': () => new (() => {})(),
  'reduce of empty array': () => [].reduce((a, b) => a + b),
  'bad URI': () => decodeURIComponent('%'),
  'toFixed out of range': () => (1).toFixed(101),
};
for (const [what, attempt] of Object.entries(attempts)) {
  try {
    attempt();
    console.log(what, '-> no error');
  } catch (err) {
    console.log(`${what} -> ${err.name}: ${err.message}`);
  }
}
Promise.resolve({}).then((res) => res.data.items).catch((err) => console.log('in a promise ->', err.message));
(async () => {
  const settings = undefined;
  try {
    await null;
    return settings.theme;
  } catch ({ message }) {
    console.log('in an async function ->', message);
  }
})();
