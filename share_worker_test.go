//go:build unix

package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The Worker: main_js.go and share.go built with GOOS=js for Cloudflare
// Workers. These tests build it as the README says and check it links no
// engine, fits the 3 MB limit, and (TestWorker) answers the share API's
// table under `wrangler dev --local`.

const wranglerVersion = "4.86.0"

// workerFiles are the files of the Worker itself, as wrangler uploads
// them: what the 3 MB limit counts (compressed).
var workerFiles = []string{"app.wasm", "worker.mjs", "wasm_exec.js", "runtime.mjs"}

// buildWorker builds the Worker into dir/build as the README says.
func buildWorker(t *testing.T, dir string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: skipping the Worker build")
	}
	build := filepath.Join(dir, "build")
	steps := [][]string{
		{"go", "run", "github.com/syumai/workers/cmd/workers-assets-gen", "-mode=go", "-o", build},
		{"go", "build", "-trimpath", "-ldflags=-s -w -buildid=", "-o", filepath.Join(build, "app.wasm"), "."},
	}
	for i, step := range steps {
		cmd := exec.Command(step[0], step[1:]...)
		if i == 1 {
			cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		}
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(step, " "), err, out)
		}
	}
	return build
}

// TestWorkerLinksNoEngine keeps goja and the engine out of the Worker:
// they would not fit its size limit, and the Worker needs neither.
func TestWorkerLinksNoEngine(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "looplab/") || strings.Contains(pkg, "goja") || strings.Contains(pkg, "chromedp") {
			t.Errorf("the Worker build links %s", pkg)
		}
	}
}

// TestWorkerSize checks the Worker's compressed size against Cloudflare's
// limit (3 MB after compression on the free plan).
func TestWorkerSize(t *testing.T) {
	build := buildWorker(t, t.TempDir())
	var raw, compressed int
	for _, name := range workerFiles {
		b, err := os.ReadFile(filepath.Join(build, name))
		if err != nil {
			t.Fatal(err)
		}
		var z bytes.Buffer
		w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
		w.Write(b)
		w.Close()
		raw += len(b)
		compressed += z.Len()
	}
	t.Logf("Worker: %d bytes, %d gzipped", raw, compressed)
	if compressed > 3_000_000 {
		t.Errorf("the Worker is %d bytes gzipped, over the 3 MB limit", compressed)
	}
}

// wrangler finds wrangler: $LOOPLAB_WRANGLER (the path .ci/run installs
// it to), else wrangler on $PATH, else npx, which fetches the pinned
// version from the npm registry.
func wrangler(t *testing.T) []string {
	skip := func(why string) {
		if os.Getenv("LOOPLAB_REQUIRE_WRANGLER") == "1" {
			t.Fatalf("wrangler is required (LOOPLAB_REQUIRE_WRANGLER=1): %s", why)
		}
		t.Skip(why)
	}
	var cmd []string
	if p := os.Getenv("LOOPLAB_WRANGLER"); p != "" {
		cmd = []string{p}
	} else if p, err := exec.LookPath("wrangler"); err == nil {
		cmd = []string{p}
	} else if p, err := exec.LookPath("npx"); err == nil {
		cmd = []string{p, "--yes", "wrangler@" + wranglerVersion}
	} else {
		skip("neither wrangler nor npx is installed")
	}
	out, err := exec.Command(cmd[0], append(cmd[1:], "--version")...).CombinedOutput()
	if err != nil {
		skip(fmt.Sprintf("%s --version: %v\n%s", strings.Join(cmd, " "), err, out))
	}
	if !strings.Contains(string(out), wranglerVersion) {
		t.Logf("wrangler %s (the tests pin %s)", strings.TrimSpace(string(out)), wranglerVersion)
	}
	return cmd
}

func freePort(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// TestWorker runs the Worker under `wrangler dev --local` (workerd on
// loopback, a local KV namespace, no network) and sends it the share API's
// table of requests.
func TestWorker(t *testing.T) {
	cmdline := wrangler(t)
	dir := t.TempDir()
	buildWorker(t, dir)
	// A stand-in for the site: the page the Worker serves for /s/{id}.
	for _, name := range []string{"site/index.html", "site/embed/index.html"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(testPageBody), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// wrangler.toml's settings, but no build command (built above) and the
	// stand-in site.
	conf, err := os.ReadFile("wrangler.toml")
	if err != nil {
		t.Fatal(err)
	}
	conf = regexp.MustCompile(`(?m)^\[build\]\ncommand = .*\n`).ReplaceAll(conf, nil)
	conf = regexp.MustCompile(`(?m)^directory = "dist"$`).ReplaceAll(conf, []byte(`directory = "site"`))
	if bytes.Contains(conf, []byte("[build]")) || !bytes.Contains(conf, []byte(`directory = "site"`)) {
		t.Fatalf("wrangler.toml changed shape; update TestWorker:\n%s", conf)
	}
	if err := os.WriteFile(filepath.Join(dir, "wrangler.toml"), conf, 0o644); err != nil {
		t.Fatal(err)
	}

	port := freePort(t)
	args := append(cmdline[1:], "dev", "--config", "wrangler.toml", "--local",
		"--ip", "127.0.0.1", "--port", fmt.Sprint(port), "--inspector-port", fmt.Sprint(freePort(t)),
		"--persist-to", filepath.Join(dir, "state"), "--show-interactive-dev-session=false", "--live-reload=false")
	cmd := exec.Command(cmdline[0], args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CLOUDFLARE_CF_FETCH_ENABLED=false", "WRANGLER_SEND_METRICS=false",
		"CI=true", "NO_COLOR=1", "XDG_CONFIG_HOME="+filepath.Join(dir, "config"))
	// Its own process group, so that workerd, wrangler's child, ends with it.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	var logMu sync.Mutex
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-done
		}
		if t.Failed() {
			logMu.Lock()
			t.Logf("wrangler dev:\n%s", log.String())
			logMu.Unlock()
		}
	})

	// Ready when wrangler says so, or give up after a minute (the first
	// run of npx may download wrangler first).
	ready := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			logMu.Lock()
			log.WriteString(sc.Text() + "\n")
			logMu.Unlock()
			if strings.Contains(sc.Text(), "Ready on http://127.0.0.1:") {
				select {
				case ready <- true:
				default:
				}
			}
		}
		ready <- false
	}()
	select {
	case ok := <-ready:
		if !ok {
			t.Fatal("wrangler dev exited before it was ready")
		}
	case <-time.After(time.Minute):
		t.Fatal("wrangler dev was not ready after a minute")
	}

	origin := fmt.Sprintf("http://127.0.0.1:%d", port)
	client := &http.Client{Timeout: 30 * time.Second}
	runShareCases(t, client, origin)

	// The static site is served without the Worker, /embed as on the
	// local server.
	for _, path := range []string{"/", "/embed"} {
		res, err := client.Get(origin + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || string(body) != testPageBody {
			t.Errorf("GET %s: %d %q", path, res.StatusCode, body)
		}
	}
}
