package main

import (
	"fmt"
	"os"
)

// serveMain serves the playground (see the page's issue; not built yet).
func serveMain(args []string) int {
	fmt.Fprintln(os.Stderr, "looplab: the playground server is not built yet; try `go run . trace FILE.js`")
	return 2
}
