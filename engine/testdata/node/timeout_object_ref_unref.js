// Case: an unref'd timer does not keep the process alive; hasRef() reports the state and ref() restores it.
// Tags: node
const t = setTimeout(() => console.log('never fires: unref and nothing else is pending'), 200);
console.log('hasRef after setTimeout:', t.hasRef());
t.unref();
console.log('hasRef after unref():', t.hasRef());
console.log('unref() returns the timer itself:', t.unref() === t);

const kept = setTimeout(() => console.log('unref then ref again: fires'), 20);
kept.unref();
kept.ref();
console.log('hasRef after ref():', kept.hasRef());

const i = setInterval(() => console.log('never: unref interval'), 200);
i.unref();

const imm = setImmediate(() => {});
console.log('immediate hasRef:', imm.hasRef());
process.on('exit', () => console.log('exit: the unref timers did not keep the loop alive'));
