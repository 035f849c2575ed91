package engine

// runBrowser runs a program on the browser's event loop (browser_*.go).
func runBrowser(r *run) {
	r.report("internal", "the browser runtime is not available yet")
}
