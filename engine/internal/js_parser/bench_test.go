package js_parser_test

import (
	"strconv"
	"strings"
	"testing"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_parser"
	"looplab/engine/internal/js_printer"
)

// benchUnit is typical playground code; benchSource repeats it with fresh
// names up to about 100 KB.
const benchUnit = `
async function* ticksN(limit) {
  for (let i = 0; i < limit; i++) {
    yield await new Promise((resolve) => setTimeout(() => resolve(i), 10 * i));
  }
}
class QueueN extends Array {
  #pending = new Map();
  static #count = 0;
  constructor(...items) { super(...items); QueueN.#count++; }
  get size() { return this.length + this.#pending.size; }
  async drain({ signal, onItem = (x) => x } = {}) {
    const out = [];
    for await (const [key, value] of this.#pending) {
      if (signal?.aborted) break;
      out.push(onItem?.(value) ?? key);
    }
    return out;
  }
}
const configN = { retries: 3, delay: 0x10, label: 'queue-N', nested: { a: [1, 2, 3], b: /ab+c/gi } };
queueMicrotask(() => console.log(` + "`tick ${configN.retries}`" + `));
Promise.all([1, 2].map(async (n) => n ** 2)).then((r) => r.reduce((a, b) => a + b, 0));
`

func benchSource() string {
	var sb strings.Builder
	for i := 0; sb.Len() < 100_000; i++ {
		sb.WriteString(strings.ReplaceAll(benchUnit, "N", strconv.Itoa(i)))
	}
	return sb.String()
}

func BenchmarkParse(b *testing.B) {
	src := js_ast.NewSource("bench.js", benchSource())
	b.SetBytes(int64(len(src.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := js_parser.Parse(src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParsePrint(b *testing.B) {
	src := js_ast.NewSource("bench.js", benchSource())
	b.SetBytes(int64(len(src.Text)))
	b.ReportAllocs()
	for b.Loop() {
		prog, err := js_parser.Parse(src)
		if err != nil {
			b.Fatal(err)
		}
		js_printer.Print(prog, js_printer.Options{FuncMarkers: true})
	}
}
