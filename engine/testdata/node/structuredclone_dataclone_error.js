// Case: structuredClone throws a DataCloneError synchronously for functions; class instances lose their prototype.
// Tags: node
try {
  structuredClone({ callback() {} });
  console.log('not reached');
} catch (err) {
  console.log('name:', err.name);
  console.log('message:', err.message);
  console.log('is a DOMException:', err instanceof DOMException);
}

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm() {
    return Math.hypot(this.x, this.y);
  }
}
const p = structuredClone(new Point(3, 4));
console.log('clone is a Point:', p instanceof Point, 'has norm:', typeof p.norm, 'data:', p.x, p.y);
