//go:build !js

package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing/fstest"
	"time"

	"github.com/andybalholm/brotli"
)

// siteOptions configure buildSite.
type siteOptions struct {
	Root          string    // the source tree; moduleRoot() when empty
	Cache         string    // where built WebAssembly is kept; the user's cache folder when empty
	BrotliQuality int       // 0–11; 11 is smallest and takes about a minute for the engine
	Log           io.Writer // progress, for the minute-long first build
}

// wasmPrograms are the page's two WebAssembly programs: the UI (small, on
// the main thread) and the engine (big, in a Web Worker). They are separate
// binaries because goja's reflection would keep all of dom/v2 alive. Each
// is rebuilt only when a folder it is built from changes.
var wasmPrograms = []wasmProgram{
	{"./wasm/ui", "ui.wasm", []string{"wasm/ui", "wasm/protocol", "wasm/syntax"}},
	{"./wasm/worker", "worker.wasm", []string{"wasm/worker", "wasm/protocol", "engine"}},
}

type wasmProgram struct {
	pkg, file string
	sources   []string // the folders of this module it is built from
}

// buildSite assembles the static site in memory: web/ (index.html rendered
// with the examples), examples/, wasm_exec.js from the Go installation, the
// two WebAssembly programs, and a gzip and a brotli copy of each file that
// compresses. The WebAssembly and its compressed copies are cached under a
// key made of every source file they depend on, so a restart with nothing
// changed takes well under a second.
func buildSite(opts siteOptions) (fstest.MapFS, error) {
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.Root == "" {
		root, err := moduleRoot()
		if err != nil {
			return nil, err
		}
		opts.Root = root
	}
	if opts.Cache == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			dir = os.TempDir()
		}
		opts.Cache = filepath.Join(dir, "looplab")
	}
	goroot, err := goEnv("GOROOT")
	if err != nil {
		return nil, err
	}
	site := fstest.MapFS{}
	for _, p := range wasmPrograms {
		wasmDir, err := buildWasm(opts, goroot, p)
		if err != nil {
			return nil, err
		}
		for _, ext := range []string{"", ".br", ".gz"} {
			b, err := os.ReadFile(filepath.Join(wasmDir, p.file+ext))
			if err == nil {
				site[p.file+ext] = &fstest.MapFile{Data: b, Mode: 0o644}
			}
		}
	}

	small := map[string][]byte{}
	execJS, err := os.ReadFile(filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return nil, fmt.Errorf("wasm_exec.js: %w", err)
	}
	small["wasm_exec.js"] = execJS
	examples, err := readExamples(filepath.Join(opts.Root, "examples"))
	if err != nil {
		return nil, err
	}
	for _, e := range examples {
		small["examples/"+e.File] = []byte(e.Code)
	}
	web := os.DirFS(filepath.Join(opts.Root, "web"))
	err = fs.WalkDir(web, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || name == "index.html" || strings.HasPrefix(path.Base(name), ".") {
			return err
		}
		if _, ok := contentTypes[path.Ext(name)]; !ok {
			return nil // wasm_exec.js copies and editor backups are not part of the site
		}
		b, err := fs.ReadFile(web, name)
		small[name] = b
		return err
	})
	if err != nil {
		return nil, err
	}
	tmpl, err := template.ParseFS(web, "index.html")
	if err != nil {
		return nil, err
	}
	for name, root := range map[string]string{"index.html": "", "embed/index.html": "../"} {
		var b bytes.Buffer
		if err := tmpl.Execute(&b, pageData{Root: root, Examples: examples, Default: examples[0]}); err != nil {
			return nil, err
		}
		small[name] = b.Bytes()
	}
	for name, b := range small {
		site[name] = &fstest.MapFile{Data: b, Mode: 0o644}
		for ext, c := range compressed(b, opts.BrotliQuality) {
			site[name+ext] = &fstest.MapFile{Data: c, Mode: 0o644}
		}
	}
	return site, nil
}

// pageData is what web/index.html is rendered with: the page shows the
// default example's code in its first paint, before any WebAssembly loads.
type pageData struct {
	Root     string // "" or "../": the page's way back to the site's root
	Examples []example
	Default  example
}

// example is one of examples/*.js: its first line is `// Title: ...`, its
// second a sentence on what it teaches; it runs in the browser runtime when
// its title says "(browser)" or its name says "browser" (as the engine's
// example tests decide).
type example struct {
	File, Title, About, Runtime, Code string
}

func readExamples(dir string) ([]example, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.js"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no examples in %s", dir)
	}
	sort.Strings(files)
	var out []example
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		lines := strings.SplitN(string(b), "\n", 3)
		e := example{File: filepath.Base(f), Code: string(b), Runtime: "node"}
		e.Title, _ = strings.CutPrefix(lines[0], "// Title: ")
		if len(lines) > 1 {
			e.About, _ = strings.CutPrefix(lines[1], "// ")
		}
		if strings.Contains(e.Title, "(browser)") || strings.Contains(e.File, "browser") {
			e.Runtime = "browser"
		}
		out = append(out, e)
	}
	return out, nil
}

// compressed returns the gzip and brotli copies of b worth keeping: those
// smaller than b by more than a few percent.
func compressed(b []byte, quality int) map[string][]byte {
	out := map[string][]byte{}
	if len(b) < 256 {
		return out
	}
	var gz bytes.Buffer
	w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	w.Write(b)
	w.Close()
	if gz.Len() < len(b)*95/100 {
		out[".gz"] = gz.Bytes()
	}
	var br bytes.Buffer
	bw := brotli.NewWriterOptions(&br, brotli.WriterOptions{Quality: quality, LGWin: 24})
	bw.Write(b)
	bw.Close()
	if br.Len() < len(b)*95/100 {
		out[".br"] = br.Bytes()
	}
	return out
}

// buildRecipe names how buildWasm builds, so that changing it rebuilds.
const buildRecipe = "go build -trimpath -ldflags=-s -w; prelude comments blanked"

// preludeOverlay writes copies of engine/prelude's JavaScript into dir with
// their comment-only lines blanked, and a `go build -overlay` file putting
// them in place of the originals, whose path it returns ("" when there is
// no prelude). The comments are for the repository's readers; the page's
// download is smaller without them. Lines stay where they are, so positions
// in the prelude do not move.
func preludeOverlay(root, dir string) (string, error) {
	files, err := filepath.Glob(filepath.Join(root, "engine", "prelude", "*.js"))
	if err != nil || len(files) == 0 {
		return "", err
	}
	replace := map[string]string{}
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		copyPath := filepath.Join(dir, fmt.Sprintf("prelude-%d.js", i))
		if err := os.WriteFile(copyPath, []byte(blankComments(string(b))), 0o644); err != nil {
			return "", err
		}
		abs, err := filepath.Abs(f)
		if err != nil {
			return "", err
		}
		replace[abs] = copyPath
	}
	b, err := json.Marshal(map[string]any{"Replace": replace})
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "overlay.json")
	return path, os.WriteFile(path, b, 0o644)
}

// blankComments empties the lines of JavaScript source that hold only a //
// comment. It stops at the first line that leaves a template literal open,
// where a line starting with // could be text.
func blankComments(src string) string {
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "//") {
			lines[i] = ""
			continue
		}
		if opensTemplate(l) {
			break
		}
	}
	return strings.Join(lines, "\n")
}

// opensTemplate reports whether a line of JavaScript ends inside a template
// literal, reading quotes and // comments (and, conservatively, taking a
// backtick in a regular expression for one).
func opensTemplate(line string) bool {
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0 && c == '\\':
			i++
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"' || c == '`':
			quote = c
		case c == '/' && i+1 < len(line) && line[i+1] == '/':
			return false
		}
	}
	return quote == '`'
}

// buildWasm builds a WebAssembly program and its compressed copies into a
// folder of the cache named by a hash of everything it is built from, and
// returns that folder. A build goes to a temporary folder first and is
// renamed into place, so that two processes building at once (a test and a
// server) never see half a build.
func buildWasm(opts siteOptions, goroot string, p wasmProgram) (string, error) {
	key, err := wasmKey(opts.Root, goroot, opts.BrotliQuality, p.sources)
	if err != nil {
		return "", err
	}
	name := strings.TrimSuffix(p.file, ".wasm")
	dir := filepath.Join(opts.Cache, name+"-"+key)
	if _, err := os.Stat(filepath.Join(dir, "done")); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(opts.Cache, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(opts.Cache, "building-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	start := time.Now()
	fmt.Fprintf(opts.Log, "looplab: building %s (WebAssembly)…\n", p.file)
	out := filepath.Join(tmp, p.file)
	args := []string{"build", "-trimpath", "-ldflags=-s -w -buildid=", "-o", out}
	overlay, err := preludeOverlay(opts.Root, tmp)
	if err != nil {
		return "", err
	}
	if overlay != "" {
		args = append(args, "-overlay", overlay)
	}
	cmd := exec.Command("go", append(args, p.pkg)...)
	cmd.Dir = opts.Root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if msg, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building %s: %v\n%s", p.pkg, err, msg)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return "", err
	}
	fmt.Fprintf(opts.Log, "looplab: compressing %s (%.1f MB; brotli quality %d, once per change)…\n", p.file, float64(len(b))/1e6, opts.BrotliQuality)
	for ext, c := range compressed(b, opts.BrotliQuality) {
		if err := os.WriteFile(out+ext, c, 0o644); err != nil {
			return "", err
		}
	}
	fmt.Fprintf(opts.Log, "looplab: %s ready in %s\n", p.file, time.Since(start).Round(time.Second))
	if err := os.WriteFile(filepath.Join(tmp, "done"), nil, 0o644); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, dir); err != nil {
		if _, statErr := os.Stat(filepath.Join(dir, "done")); statErr == nil {
			return dir, nil // another process finished the same build first
		}
		return "", err
	}
	pruneWasmCache(opts.Cache, name, dir)
	return dir, nil
}

// pruneWasmCache removes a program's builds older than a day other than
// keep, so that a cache that has seen many edits does not grow without end.
func pruneWasmCache(cache, name, keep string) {
	old, _ := filepath.Glob(filepath.Join(cache, name+"-*"))
	// Builds cut short (a killed process) leave their temporary folders.
	abandoned, _ := filepath.Glob(filepath.Join(cache, "building-*"))
	for _, d := range append(old, abandoned...) {
		if st, err := os.Stat(d); err == nil && d != keep && time.Since(st.ModTime()) > 24*time.Hour {
			os.RemoveAll(d)
		}
	}
}

// wasmKey hashes what a program is built from: the Go toolchain, go.mod
// and go.sum, and every non-test file of its source folders.
func wasmKey(root, goroot string, quality int, sources []string) (string, error) {
	h := sha256.New()
	version, err := os.ReadFile(filepath.Join(goroot, "VERSION"))
	if err != nil {
		version = []byte(goroot)
	}
	fmt.Fprintf(h, "%s\nbrotli %d\n%s\n", version, quality, buildRecipe)
	add := func(p string) error {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(rel), len(b))
		h.Write(b)
		return nil
	}
	for _, f := range []string{"go.mod", "go.sum"} {
		if err := add(filepath.Join(root, f)); err != nil {
			return "", err
		}
	}
	for _, dir := range sources {
		err := filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if d.Name() == "testdata" {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasSuffix(p, "_test.go") {
				return nil
			}
			return add(p)
		})
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:8]), nil
}

func goEnv(name string) (string, error) {
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		return "", fmt.Errorf("go env %s: %v (looplab builds its WebAssembly with the go command)", name, err)
	}
	return strings.TrimSpace(string(out)), nil
}
