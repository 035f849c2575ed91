//go:build !js

package engine

import "time"

// watchdog interrupts the run's VM after d of real time. goja's Interrupt
// may be called from any goroutine.
func watchdog(r *run, d time.Duration) (stop func()) {
	timer := time.AfterFunc(d, func() {
		r.wallExpired.Store(true)
		if vm := r.vmHandle.Load(); vm != nil {
			vm.Interrupt(interrupt{stopWall})
		}
	})
	return func() { timer.Stop() }
}
