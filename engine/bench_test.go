package engine

import (
	"math/rand/v2"
	"runtime"
	"testing"
)

// The benchmarks run the collector as the programs that record traces do
// (the CLI, the page's worker).
func init() { SetRecordingGC() }

// The benchmarks behind BENCHMARKS.md: recording speed, seek latency and
// memory for a run that uses the whole default budget of 1,000,000 steps.

// benchSnippet keeps the engine busy with what real snippets do — calls,
// short loops, promise reactions, immediates and timers — until the step
// budget stops it.
const benchSnippet = `
let total = 0;
function work(i) {
  total += i;
  return total;
}
function tick(round) {
  for (let i = 0; i < 5; i++) work(i);
  Promise.resolve(round).then((r) => work(r));
  if (round % 10 === 0) setTimeout(() => work(round), 1);
  setImmediate(() => tick(round + 1));
}
tick(0);
`

func recordBench(b *testing.B, steps int) *Trace {
	tr, err := Run(benchSnippet, Options{MaxSteps: steps})
	if err != nil {
		b.Fatal(err)
	}
	return tr
}

// BenchmarkRecord measures recording speed in steps per second.
func BenchmarkRecord(b *testing.B) {
	total := 0
	for i := 0; i < b.N; i++ {
		tr := recordBench(b, 200000)
		total += len(tr.Steps)
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "steps/s")
}

// BenchmarkSeek measures StateAt at random steps of a 1,000,000-step run,
// and reports the memory the recorded trace holds per step.
func BenchmarkSeek(b *testing.B) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	tr := recordBench(b, DefaultMaxSteps)
	tr.StateAt(len(tr.Steps) - 1) // builds the snapshot index
	runtime.GC()
	runtime.ReadMemStats(&after)
	held := float64(after.HeapAlloc) - float64(before.HeapAlloc)
	rng := rand.New(rand.NewPCG(1, 2))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tr.StateAt(rng.IntN(len(tr.Steps)))
	}
	b.StopTimer()
	b.ReportMetric(float64(len(tr.Steps)), "steps")
	b.ReportMetric(held/float64(len(tr.Steps)), "bytes/step")
	b.ReportMetric(held/(1<<20), "MB")
	runtime.KeepAlive(tr)
}

// BenchmarkStartup measures a run of an empty script: a new VM, the
// prelude, the globals.
func BenchmarkStartup(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Run("", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
