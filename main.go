//go:build !js

// Command looplab serves the playground (`go run .`), writes the static
// site (`go run . build -o DIR`) and traces a script on the command line
// (`go run . trace FILE.js`).
package main

import (
	"fmt"
	"os"
)

func main() {
	args := os.Args[1:]
	cmd := ""
	if len(args) > 0 {
		cmd = args[0]
	}
	switch cmd {
	case "trace":
		os.Exit(traceMain(args[1:], os.Stdin, os.Stdout, os.Stderr))
	case "help", "-h", "--help":
		fmt.Println(usage)
	default:
		os.Exit(serveMain(args))
	}
}

const usage = `looplab: watch JavaScript run on the Node.js or browser event loop.

  go run .                      serve the playground at http://127.0.0.1:8080
  go run . build -o DIR         write the static site to DIR
  go run . trace [flags] FILE   run FILE (or - for stdin) and print its output

trace flags:
  --runtime node|browser   the event loop to simulate (default node)
  --json                   print the trace as JSON Lines, one step per line
  --max-steps N            the step budget (default 1000000)
  --stats                  print steps, virtual and wall time on stderr`
