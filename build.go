//go:build !js

package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"
)

// serveMain is `looplab` (serve the playground) and `looplab build -o DIR`
// (write it as a static site).
func serveMain(args []string) int {
	if len(args) > 0 && args[0] == "build" {
		return buildMain(args[1:])
	}
	fl := flag.NewFlagSet("looplab", flag.ContinueOnError)
	addr := fl.String("addr", "127.0.0.1:8080", "the address to serve on")
	quality := fl.Int("brotli", 11, "brotli quality of the precompressed files (0-11)")
	data := dataFlag(fl)
	if err := fl.Parse(args); err != nil {
		return 2
	}
	site, err := buildSite(siteOptions{BrotliQuality: *quality, Log: os.Stderr})
	if err != nil {
		fmt.Fprintln(os.Stderr, "looplab:", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "looplab:", err)
		return 1
	}
	api, _, err := openShareAPI(*data, pageHandler(site))
	if err != nil {
		fmt.Fprintln(os.Stderr, "looplab:", err)
		return 1
	}
	fmt.Printf("looplab: serving the playground at http://%s/\n", ln.Addr())
	if err := http.Serve(ln, newHandler(site, api)); err != nil {
		fmt.Fprintln(os.Stderr, "looplab:", err)
		return 1
	}
	return 0
}

func buildMain(args []string) int {
	fl := flag.NewFlagSet("looplab build", flag.ContinueOnError)
	out := fl.String("o", "", "the folder to write the site to")
	quality := fl.Int("brotli", 11, "brotli quality of the precompressed files (0-11)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fl.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "usage: looplab build -o DIR")
		return 2
	}
	site, err := buildSite(siteOptions{BrotliQuality: *quality, Log: os.Stderr})
	if err == nil {
		err = writeSite(site, *out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "looplab build:", err)
		return 1
	}
	fmt.Printf("looplab: wrote the site to %s\n", *out)
	return 0
}

// writeSite writes every file of site under dir, and a _headers file that
// hosts such as Cloudflare Pages and Netlify read for the page's
// Content-Security-Policy.
func writeSite(site fstest.MapFS, dir string) error {
	for name, f := range site {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return err
		}
	}
	headers := "/*\n  Content-Security-Policy: " + contentSecurityPolicy + "\n  X-Content-Type-Options: nosniff\n"
	return os.WriteFile(filepath.Join(dir, "_headers"), []byte(headers), 0o644)
}

// moduleRoot finds the looplab source tree from the working directory up:
// the site is built from its web/, examples/ and wasm/ folders.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(string(b), "module looplab\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("run looplab from its source folder (no go.mod of module looplab above %s)", dir)
		}
		dir = parent
	}
}
