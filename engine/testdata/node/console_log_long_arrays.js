// Case: console.log groups long arrays of numbers into aligned columns and cuts arrays after 100 items.
// Tags: node
console.log(Array.from({ length: 30 }, (_, i) => i * 3));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Array.from({ length: 8 }, (_, i) => 'item' + i));
console.log(Array.from({ length: 27 }, (_, i) => 'w' + i));
console.log(new Array(5));
console.log([1, , 3]);
console.log(Array.from({ length: 7 }, (_, i) => ({ id: i })));
