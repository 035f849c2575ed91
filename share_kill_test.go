//go:build unix

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// TestShareServerProcess is not a test on its own: TestShareSurvivesKill
// runs the test binary again with LOOPLAB_SHARE_SERVE=DIR, and then this
// is a server process: the store and the handler that `looplab -data DIR`
// serves under /api/ and /s/ (openShareAPI), on a loopback port it prints.
// It runs until it is killed. (A process of its own, rather than the
// looplab binary, so the test does not wait for the playground's
// WebAssembly build.)
func TestShareServerProcess(t *testing.T) {
	dir := os.Getenv("LOOPLAB_SHARE_SERVE")
	if dir == "" {
		t.Skip("a server process for TestShareSurvivesKill")
	}
	api, _, err := openShareAPI(dir, testPage)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Println("listening on", ln.Addr())
	http.Serve(ln, api)
}

type shareServer struct {
	cmd    *exec.Cmd
	origin string
}

func startShareServer(t *testing.T, dir string) *shareServer {
	cmd := exec.Command(os.Args[0], "-test.run=^TestShareServerProcess$")
	cmd.Env = append(os.Environ(), "LOOPLAB_SHARE_SERVE="+dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	addr, ok := strings.CutPrefix(strings.TrimSpace(line), "listening on ")
	if err != nil || !ok {
		t.Fatalf("server process: %q, %v", line, err)
	}
	go io.Copy(io.Discard, out)
	return &shareServer{cmd: cmd, origin: "http://" + addr}
}

// kill9 ends the server as a crash or an OOM killer would: no deferred
// function, no Close, no flush.
func (s *shareServer) kill9(t *testing.T) {
	if err := s.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err := s.cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("server did not die of SIGKILL: %v", err)
	}
}

// manySnippets makes n different snippets of 20 bytes to 8 KB, in several
// scripts, with the characters JSON must escape, on both runtimes.
func manySnippets(n int, tag string) []snippet {
	words := []string{"setTimeout", "Promise.resolve()", "世界", "👋🏽", "\"quoted\"", "back\\slash", "\n", "\t", "</script>", "ĉu", "\u2028"}
	out := make([]snippet, n)
	x := uint32(2166136261)
	for i := range out {
		var b strings.Builder
		fmt.Fprintf(&b, "// %s snippet %d\n", tag, i)
		x = x*1664525 + 1013904223
		size := 20 + int(x>>8)%8000
		for b.Len() < size {
			x = x*1664525 + 1013904223
			b.WriteString(words[int(x>>16)%len(words)])
			b.WriteByte(' ')
		}
		out[i] = snippet{Code: b.String(), Runtime: []string{"node", "browser"}[i%2]}
	}
	return out
}

func postShare(c *http.Client, origin string, s snippet) (string, error) {
	body, _ := json.Marshal(s)
	res, err := c.Post(origin+"/api/share", "application/json", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	var r struct{ ID, URL, Error string }
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		return "", err
	}
	if res.StatusCode != http.StatusCreated && res.StatusCode != http.StatusOK {
		return "", fmt.Errorf("status %d: %s", res.StatusCode, r.Error)
	}
	return r.ID, nil
}

// getShare returns the snippet under id, with ok=false for a 404.
func getShare(c *http.Client, origin, id string) (s snippet, ok bool, err error) {
	res, err := c.Get(origin + "/api/share/" + id)
	if err != nil {
		return s, false, err
	}
	defer res.Body.Close()
	if res.StatusCode == http.StatusNotFound {
		io.Copy(io.Discard, res.Body)
		return s, false, nil
	}
	if res.StatusCode != http.StatusOK {
		return s, false, fmt.Errorf("GET %s: status %d", id, res.StatusCode)
	}
	err = json.NewDecoder(res.Body).Decode(&s)
	return s, err == nil, err
}

// inParallel runs f(0..n-1) on the given number of goroutines.
func inParallel(workers, n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		})
	}
	wg.Wait()
}

// TestShareSurvivesKill shares 10,000 snippets from 50 concurrent clients
// with a server process, kills it with SIGKILL while more shares are in
// flight, starts it again on the same folder and reads every snippet
// back: each acknowledged share must be there, unchanged, and each share
// in flight at the kill must be either whole or absent.
func TestShareSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the 10,000-share crash test")
	}
	const n, clients = 10000, 50
	dir := t.TempDir()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
	defer client.CloseIdleConnections()

	srv := startShareServer(t, dir)
	snippets := manySnippets(n, "acked")
	ids := make([]string, n)
	var failed atomic.Int64
	start := time.Now()
	inParallel(clients, n, func(i int) {
		id, err := postShare(client, srv.origin, snippets[i])
		if err != nil {
			if failed.Add(1) < 5 {
				t.Errorf("share %d: %v", i, err)
			}
			return
		}
		ids[i] = id
	})
	shareTime := time.Since(start)
	if failed.Load() > 0 {
		t.Fatalf("%d of %d shares failed", failed.Load(), n)
	}

	// More shares, and the kill once 500 of them are answered: the rest
	// are in flight when the process dies.
	inflight := manySnippets(2000, "in flight")
	inflightIDs := make([]string, len(inflight))
	var answered atomic.Int64
	enough := make(chan struct{})
	var once sync.Once
	var wg sync.WaitGroup
	wg.Go(func() {
		inParallel(clients, len(inflight), func(i int) {
			if id, err := postShare(client, srv.origin, inflight[i]); err == nil {
				inflightIDs[i] = id
				if answered.Add(1) == 500 {
					once.Do(func() { close(enough) })
				}
			}
		})
		once.Do(func() { close(enough) })
	})
	<-enough
	srv.kill9(t)
	wg.Wait()
	client.CloseIdleConnections()

	srv = startShareServer(t, dir)
	var lost, wrong, errs atomic.Int64
	check := func(id string, want snippet, acked bool) {
		got, ok, err := getShare(client, srv.origin, id)
		switch {
		case err != nil:
			errs.Add(1)
			t.Errorf("read %s: %v", id, err)
		case !ok && acked:
			lost.Add(1)
		case ok && got != want:
			wrong.Add(1)
		}
	}
	start = time.Now()
	inParallel(clients, n, func(i int) { check(ids[i], snippets[i], true) })
	readTime := time.Since(start)
	var unanswered, survived atomic.Int64
	inParallel(clients, len(inflight), func(i int) {
		if inflightIDs[i] != "" {
			check(inflightIDs[i], inflight[i], true)
			return
		}
		// Never answered: it may have been stored or not, but if it was,
		// it is whole. (Its id is the first candidate: no collisions here.)
		unanswered.Add(1)
		if _, ok, _ := getShare(client, srv.origin, candidateID(inflight[i], 0)); ok {
			survived.Add(1)
		}
		check(candidateID(inflight[i], 0), inflight[i], false)
	})
	t.Logf("shared %d snippets from %d clients in %v; killed with SIGKILL after %d more answers, %d unanswered (%d of those stored); read back after restart in %v: %d lost, %d wrong",
		n, clients, shareTime.Round(time.Millisecond), answered.Load(), unanswered.Load(), survived.Load(), readTime.Round(time.Millisecond), lost.Load(), wrong.Load())
	if lost.Load() != 0 || wrong.Load() != 0 || errs.Load() != 0 {
		t.Fatalf("%d lost, %d wrong, %d errors", lost.Load(), wrong.Load(), errs.Load())
	}
}
