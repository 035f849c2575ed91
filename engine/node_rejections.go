package engine

import (
	"fmt"

	"github.com/dop251/goja"
)

// Unhandled promise rejections, as Node 20 handles them (the default
// --unhandled-rejections=throw mode): a promise rejected with no handler is
// remembered; once the nextTick queue and the microtasks have drained, each
// one still unhandled is emitted as 'unhandledRejection' and, with no
// listener, becomes an uncaught exception. A handler added after that emits
// 'rejectionHandled'.
type rejectionTracker struct {
	maybeUnhandled map[*goja.Object]*rejection
	pending        []*goja.Object // pendingUnhandledRejections, in rejection order
	asyncHandled   []handled      // handled after being reported
	lastID         int            // Node's lastPromiseId: the rejection ids warnings name
}

type rejection struct {
	id     int
	warned bool
}

func (rt *rejectionTracker) init() {
	rt.maybeUnhandled = map[*goja.Object]*rejection{}
}

// track is HostPromiseRejectionTracker: reject is true for "reject" (a
// promise was rejected with no handler), false for "handle" (a handler was
// added to a rejected promise).
func (rt *rejectionTracker) track(p *goja.Object, reject bool) {
	if reject {
		rt.lastID++
		rt.maybeUnhandled[p] = &rejection{id: rt.lastID}
		rt.pending = append(rt.pending, p)
		return
	}
	if info, ok := rt.maybeUnhandled[p]; ok {
		delete(rt.maybeUnhandled, p)
		if info.warned {
			rt.asyncHandled = append(rt.asyncHandled, handled{p, info.id})
		}
	}
}

type handled struct {
	promise *goja.Object
	id      int
}

// processPromiseRejections reports the rejections still unhandled; it
// returns true when it may have queued more ticks or microtasks.
func (n *node) processPromiseRejections() bool {
	rt := &n.rejections
	more := len(rt.asyncHandled) > 0
	for len(rt.asyncHandled) > 0 && !n.stopped {
		h := rt.asyncHandled[0]
		rt.asyncHandled = rt.asyncHandled[1:]
		if n.listeners("rejectionHandled") > 0 {
			n.callEmit("rejectionHandled", h.promise)
		} else {
			n.emitWarning("PromiseRejectionHandledWarning", fmt.Sprintf("Promise rejection was handled asynchronously (rejection id: %d)", h.id))
		}
	}
	count := len(rt.pending)
	for i := 0; i < count && !n.stopped; i++ {
		p := rt.pending[0]
		rt.pending = rt.pending[1:]
		info, ok := rt.maybeUnhandled[p]
		if !ok {
			continue
		}
		info.warned = true
		reason := n.promiseResult(p)
		if n.opts.script {
			// test262's hosts leave unhandled rejections alone.
			more = true
			continue
		}
		if n.listeners("unhandledRejection") > 0 {
			if exc := n.callEmit("unhandledRejection", reason, p); exc != nil {
				n.uncaught(exc)
			}
		} else {
			err := reason
			if o, isObj := reason.(*goja.Object); !isObj || !n.isErrorLike(o) {
				err = n.unhandledRejectionError(reason)
			}
			n.fatalException(err, true, nil)
		}
		more = true
	}
	return more || len(rt.pending) > 0
}

// unhandledRejectionError is Node's UnhandledPromiseRejection error, used
// when the rejection reason is not an Error.
func (n *node) unhandledRejectionError(reason goja.Value) goja.Value {
	msg := "This error originated either by throwing inside of an async function without a catch block, " +
		"or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"" +
		n.inspectForStderr(reason) + "\"."
	e := n.newError("Error", msg).ToObject(n.vm)
	e.Set("name", "UnhandledPromiseRejection")
	e.Set("code", "ERR_UNHANDLED_REJECTION")
	e.DefineDataProperty("stack", n.vm.ToValue(""), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return e
}
