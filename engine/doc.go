// Package engine runs JavaScript on an exact, step-by-step simulation of the
// Node.js 20 or Chromium event loop, on a virtual clock, and records every
// step: frames pushed and popped, statements, callbacks handed to APIs, jobs
// entering and leaving every queue, loop phases, microtask checkpoints,
// console output and errors. Run returns the Trace; Trace.StateAt and
// Trace.View give the whole state at any step, forward or backward.
//
// The engine never reads the wall clock or a random source of the host:
// the same snippet gives the same trace on every machine. A Run uses one
// goja Runtime from one goroutine.
//
// # How a program runs
//
// The program is parsed (internal/js_parser), instrumented
// (internal/js_instrument: a hook before every statement and loop
// iteration, frame hooks around every function, async functions and
// generators lowered onto prelude/async.js), printed (internal/js_printer)
// and compiled by goja. The prelude (prelude/*.js) supplies the Promise,
// the async machinery and the runtime's APIs; every job they queue goes
// through the engine's own microtask queue (run.go).
//
// # The Node.js loop (node.go)
//
// After the main module has run and the nextTick queue and microtasks have
// drained, uvRun repeats, while the loop is alive (a ref'd timer or
// immediate, I/O in flight, a listening server, a closing handle):
//
//  1. update the loop's time;
//  2. timers: run the timers that are due, list by list in order of expiry
//     (Node's timer lists, node_timers.go), each one's nextTick queue and
//     microtasks drained after it;
//  3. pending callbacks: I/O callbacks deferred from the previous turn;
//  4. idle, prepare: libuv's internal phases;
//  5. poll: wait for I/O — not at all when immediates are queued, until the
//     next timer otherwise, indefinitely when only I/O can wake the loop —
//     then run the callbacks of what completed (thread-pool work, file
//     system calls, network responses);
//  6. check: run the immediates queued before this phase began;
//  7. close callbacks.
//
// After every callback, processTicksAndRejections runs the whole nextTick
// queue, then the microtasks, repeating until both are empty, then reports
// unhandled rejections. When the loop is no longer alive Node emits
// 'beforeExit' (which may revive it), then 'exit'.
//
// # The browser loop (browser.go)
//
// The script is the first task, followed by a microtask checkpoint; the
// parser then finishes (DOMContentLoaded) and the page loads (load). Then,
// repeatedly:
//
//  1. timers that fell due and user input whose time has come are queued
//     as tasks (a timer with no delay is queued when it is set);
//  2. the oldest task runs, then a microtask checkpoint; a callback the
//     loop invokes itself (each listener of a user's click, each animation
//     frame callback) is followed by a checkpoint of its own;
//  3. at a rendering opportunity (60 Hz, when there are animation frame
//     callbacks or DOM changes to paint), the animation frame callbacks
//     registered before it run, then style, layout and paint;
//  4. with nothing to do, the loop waits for the next timer, input, frame
//     or network response, and ends when none is left.
//
// # Time
//
// The clock moves in one place (run.advance): synchronous code costs
// virtual time by the cost model in clock.go, and the loop jumps the clock
// forward when it waits. Background work (I/O, thread-pool jobs, network
// responses) completes at its own virtual time, even while JavaScript runs.
package engine
