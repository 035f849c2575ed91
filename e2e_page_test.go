//go:build !js

package main

import (
	"testing"
)

func TestPageLoads(t *testing.T) {
	tb := newTab(t, "/", 1280, 900)
	s := tb.state()
	if !s.Ready || s.Steps == 0 || s.Step != 0 {
		t.Fatalf("state after load: %+v", s)
	}
	tb.eval(`looplab.seek(40)`, nil)
	tb.screenshot("/tmp/shot1.png")
	tb = newTab(t, "/", 375, 800)
	tb.eval(`looplab.seek(40)`, nil)
	tb.screenshot("/tmp/shot2.png")
}
