package engine

// Queue names a queue of jobs waiting to run. Node's queues are libuv's
// phases plus Node's two microtask-like queues; the browser's are the HTML
// event loop's task sources, the microtask queue and the animation frame
// callbacks.
type Queue uint8

const (
	QueueNone Queue = iota

	// Node.js (libuv phases and Node's own queues).
	QueueTimers    // timers that fell due, run in the timers phase
	QueuePending   // I/O callbacks deferred to the next loop iteration
	QueuePoll      // completed I/O (and thread-pool work), run in the poll phase
	QueueCheck     // setImmediate callbacks, run in the check phase
	QueueClose     // 'close' callbacks, run in the close callbacks phase
	QueueNextTick  // process.nextTick callbacks
	QueueMicrotask // promise jobs and queueMicrotask (both runtimes)

	// Browser (HTML task sources).
	QueueTimerTask       // the timer task source
	QueuePostedMessage   // the posted message task source (MessageChannel, postMessage)
	QueueUserInteraction // the user interaction task source (clicks, keys)
	QueueNetworking      // the networking task source (fetch)
	QueueDOMManipulation // the DOM manipulation task source
	QueueAnimationFrame  // the map of animation frame callbacks
	QueueIdle            // requestIdleCallback callbacks, run when the loop is idle

	numQueues
)

var queueNames = [...]string{
	QueueNone:            "",
	QueueTimers:          "timers",
	QueuePending:         "pending",
	QueuePoll:            "poll",
	QueueCheck:           "check",
	QueueClose:           "close",
	QueueNextTick:        "nextTick",
	QueueMicrotask:       "microtask",
	QueueTimerTask:       "timer tasks",
	QueuePostedMessage:   "posted messages",
	QueueUserInteraction: "user interaction",
	QueueNetworking:      "networking",
	QueueDOMManipulation: "DOM manipulation",
	QueueAnimationFrame:  "animation frame callbacks",
	QueueIdle:            "idle callbacks",
}

func (q Queue) String() string { return queueNames[q] }

// NodeQueues and BrowserQueues list each runtime's queues in the order the
// page shows them.
var (
	NodeQueues    = []Queue{QueueTimers, QueuePending, QueuePoll, QueueCheck, QueueClose, QueueNextTick, QueueMicrotask}
	BrowserQueues = []Queue{QueueTimerTask, QueuePostedMessage, QueueUserInteraction, QueueNetworking, QueueDOMManipulation, QueueMicrotask, QueueAnimationFrame, QueueIdle}
)

// Phase is where the event loop is.
type Phase uint8

const (
	PhaseNone Phase = iota
	PhaseScript
	// Node.js: libuv's phases, in uv_run's order.
	PhaseTimers
	PhasePending
	PhaseIdlePrepare
	PhasePoll
	PhaseCheck
	PhaseClose
	PhaseBeforeExit
	PhaseExit
	// Browser.
	PhaseTask      // running a task
	PhaseRendering // update the rendering: animation frame callbacks, then style, layout, paint
	PhaseIdle      // nothing to run until the next task or frame
	numPhases
)

var phaseNames = [...]string{
	PhaseNone:        "",
	PhaseScript:      "main script",
	PhaseTimers:      "timers",
	PhasePending:     "pending callbacks",
	PhaseIdlePrepare: "idle, prepare",
	PhasePoll:        "poll",
	PhaseCheck:       "check",
	PhaseClose:       "close callbacks",
	PhaseBeforeExit:  "beforeExit",
	PhaseExit:        "exit",
	PhaseTask:        "task",
	PhaseRendering:   "update the rendering",
	PhaseIdle:        "idle",
}

func (p Phase) String() string { return phaseNames[p] }
