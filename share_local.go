//go:build !js

package main

import (
	"flag"
	"io"
	"net/http"
	"os"
	"path/filepath"
)

// dataFlag registers -data, the folder that keeps shared snippets, on the
// serve command's flags.
func dataFlag(fs *flag.FlagSet) *string {
	return fs.String("data", defaultDataDir(), "the folder that keeps shared snippets (shares.db)")
}

// defaultDataDir is looplab/ in the user's config folder. Not the cache
// folder: shared snippets are what people's links point at, and caches
// are for things that may be deleted and rebuilt.
func defaultDataDir() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		// No $HOME (a bare container): keep the data beside the
		// process rather than refuse to start.
		return "looplab-data"
	}
	return filepath.Join(dir, "looplab")
}

// openShareAPI opens the snippet store in dir and returns the handler of
// /api/ and /s/ for newHandler, with page answering GET /s/{id} (serve.go's
// pageHandler), and the store, to close when the server stops.
func openShareAPI(dir string, page http.Handler) (http.Handler, io.Closer, error) {
	store, err := openBoltStore(dir)
	if err != nil {
		return nil, nil, err
	}
	return newShareAPI(store, page, ""), store, nil
}
