// Case: console.log applies %s %d %i %f %o %O %c substitutions when the first argument is a format string.
// Tags: browser
console.log('%s has %d apples', 'Ann', 3);
console.log('%i is an integer, %f a float', 42.9, 1.5);
console.log('%d of a string', '7 days');
console.log('%o and %O', { a: 1 }, { b: 2 });
console.log('%cstyled%c plain', 'color: red', '');
console.log('%s', 'extra args follow', 1, { z: 0 });
console.log('100%% sure, %s', 'really');
console.log('missing args: %s %d');
console.info('info %s', 'level');
console.warn('warn %s', 'level');
console.error('error %s', 'level');
console.debug('debug %s', 'level');
