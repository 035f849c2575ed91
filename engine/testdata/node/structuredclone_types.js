// Case: structuredClone deep-copies Maps, Sets, Dates, nested objects and cycles, keeping the cycle but not the identity.
// Tags: node
const original = {
  name: 'config',
  tags: new Set(['a', 'b']),
  lookup: new Map([['x', { deep: [1, 2, 3] }]]),
  created: new Date(0),
  nested: { list: [{ id: 1 }, { id: 2 }] },
};
original.self = original;

const copy = structuredClone(original);
console.log('different object:', copy !== original);
console.log('cycle kept:', copy.self === copy);
console.log('Set copied:', copy.tags instanceof Set, [...copy.tags].join(','), copy.tags !== original.tags);
console.log('Map copied:', copy.lookup.get('x').deep.join(','), copy.lookup.get('x') !== original.lookup.get('x'));
console.log('Date copied:', copy.created instanceof Date, copy.created.getTime());
copy.nested.list[0].id = 99;
console.log('deep copy:', original.nested.list[0].id, copy.nested.list[0].id);
console.log(structuredClone({ n: 1, s: 'two', arr: [true, null] }));
