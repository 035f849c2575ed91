package engine

import "time"

// The cost model. Synchronous JavaScript costs virtual time, so that a
// busy-wait ends and blocked timers run late, exactly as the lesson needs;
// every run of a snippet costs the same, whatever machine runs it.
const (
	// costStatement is charged for every statement, loop test and function
	// entry the program executes: a virtual CPU running a million simple
	// statements per second.
	costStatement = int64(time.Microsecond)
	// costCallback is charged when the runtime calls into JavaScript (a
	// timer, a reaction, an I/O callback): the work of entering the VM.
	costCallback = int64(time.Microsecond)
	// costStdioInit is charged for Node's first write to stdout and to
	// stderr (see openStdio).
	costStdioInit = 5 * int64(time.Millisecond)
	// costLoopStart is the time Node takes from the end of the main module
	// to its event loop's first turn (measured: 0.7 to 1.6 ms here). A 1 ms
	// timer set near the end of the script is usually due by then, which is
	// why real Node tends to print a top-level setTimeout(f, 0) before a
	// setImmediate — a race looplab marks.
	costLoopStart = 1500 * int64(time.Microsecond)
)

// epoch is the wall-clock time at virtual time 0: what Date.now() answers
// when a run starts. A fixed date keeps runs identical everywhere.
var epoch = time.Date(2026, time.January, 1, 9, 0, 0, 0, time.UTC)

// ms formats a virtual duration in milliseconds, for sentences.
func ms(d int64) string {
	return formatMillis(float64(d) / 1e6)
}

func formatMillis(v float64) string {
	if v == float64(int64(v)) {
		return itoa(int64(v)) + " ms"
	}
	s := []byte(ftoa3(v))
	return string(s) + " ms"
}
