package engine

import "github.com/dop251/goja"

// threadPool is libuv's pool of ThreadPoolSize worker threads: file system
// calls, crypto.pbkdf2, crypto.randomBytes, zlib and DNS run there, off the
// JavaScript thread. Work waits in FIFO order when every worker is busy; a
// finished job's callback is signalled to the loop and runs in the poll
// phase (uv_async → uv__work_done).
type threadPool struct {
	busy    [ThreadPoolSize]bool
	waiting []poolWork
}

type poolWork struct {
	job      int32
	duration int64
	// start, if set, runs when a worker picks the work up (a system call's
	// effect others can see at once, like the descriptor open takes).
	start func()
	// done runs when the work finishes (at its virtual time): it produces
	// the callback the poll phase will run.
	done func() func() *goja.Exception
}

// submit hands work to the pool; the job is already shown as held by the API.
func (n *node) submit(w poolWork) {
	n.requests++
	for i := range n.pool.busy {
		if !n.pool.busy[i] {
			n.startWork(i, w)
			return
		}
	}
	n.pool.waiting = append(n.pool.waiting, w)
}

func (n *node) startWork(worker int, w poolWork) {
	n.pool.busy[worker] = true
	n.emit(Step{Kind: KindWorkerStart, Ref: w.job, Aux: int16(worker)})
	if w.start != nil {
		w.start()
	}
	n.at(n.now+w.duration, func() {
		n.pool.busy[worker] = false
		n.emit(Step{Kind: KindWorkerDone, Ref: w.job, Aux: int16(worker)})
		fire := w.done()
		n.emitJob(KindAPIDone, QueueNone, w.job)
		n.queueCompletion(QueuePoll, w.job, func() *goja.Exception {
			n.requests--
			return fire()
		})
		if len(n.pool.waiting) > 0 {
			next := n.pool.waiting[0]
			n.pool.waiting = n.pool.waiting[1:]
			n.startWork(worker, next)
		}
	})
}
