//go:build js

package engine

import "time"

// watchdog does nothing in WebAssembly: no goroutine runs while goja does,
// so the page terminates the worker running a stuck snippet instead.
func watchdog(r *run, d time.Duration) (stop func()) { return func() {} }
