package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// nodeRuntime runs a case as `node <base>.js` in a fresh temp dir that holds
// a copy of the sample files, so that __dirname sees them and a case that
// writes files leaves nothing behind.
type nodeRuntime struct {
	samplefs string        // engine/samplefs
	timeout  time.Duration // for one run
}

func (n nodeRuntime) record(ctx context.Context, c *testCase, runs int) ([]recording, error) {
	var recs []recording
	for range runs {
		r, err := n.once(ctx, c)
		if err != nil {
			return nil, err
		}
		recs = append(recs, r)
	}
	return recs, nil
}

func (n nodeRuntime) once(ctx context.Context, c *testCase) (recording, error) {
	dir, err := os.MkdirTemp("", "looplab-node-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if err := os.CopyFS(dir, os.DirFS(n.samplefs)); err != nil {
		return nil, fmt.Errorf("copying the sample files: %w", err)
	}
	src, err := os.ReadFile(c.path)
	if err != nil {
		return nil, err
	}
	base := filepath.Base(c.path)
	if err := os.WriteFile(filepath.Join(dir, base), src, 0o644); err != nil {
		return nil, err
	}

	ctx, cancel := context.WithTimeout(ctx, n.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", base)
	cmd.Dir = dir
	cmd.WaitDelay = time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	code := 0
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		return nil, fmt.Errorf("node did not finish within %s", n.timeout)
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		return nil, err
	}
	// The engine runs a script as /app/NAME.js (stack traces name it so);
	// the temp dir's path would differ on every run anyway.
	out := strings.ReplaceAll(stdout.String(), dir, "/app")
	r := recording{{suffix: ".node.out", text: out}, {suffix: ".node.exit", absent: true}}
	if code != 0 {
		r[1] = output{suffix: ".node.exit", text: strconv.Itoa(code) + "\n"}
	}
	return r, nil
}
