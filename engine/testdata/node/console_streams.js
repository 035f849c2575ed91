// Case: console.log, info and debug write to stdout; console.error and warn go to stderr, which is not part of the recorded output.
// Tags: node
console.log('log: stdout');
console.error('error: stderr (not recorded)');
console.info('info: stdout');
console.warn('warn: stderr (not recorded)');
console.debug('debug: stdout');
console.log('%s has %d items costing %i each, %f total', 'cart', 3, 4.99, 14.97);
console.log('%o and %O', { a: [1, 2] }, { b: { c: {} } });
console.log('%j is not a console format', { a: 1 });
console.log('100%', 'literal percent', '%%');
console.log('%c styled text', 'color: red');
console.log();
console.log('after an empty line');
