// Package prelude embeds the JavaScript files that the engine evaluates in
// every goja runtime before user code runs.
//
// Each file is a single JavaScript expression, usually a function that takes
// the engine's host object and returns the prelude's API. inspect.js, for
// example, evaluates to
//
//	(function (host) { ...; return { inspect, format, formatWithOptions, formatChrome }; })
//
// The files capture every built-in they use when they load, so user code that
// later overwrites Array.prototype.push or JSON.stringify cannot change what
// they print.
package prelude

import (
	"embed"
	"io/fs"
	"sort"
)

//go:embed *.js
var files embed.FS

// Names lists the embedded files (for example "inspect.js"), sorted.
var Names []string

func init() {
	entries, err := fs.ReadDir(files, ".")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		Names = append(Names, e.Name())
	}
	sort.Strings(Names)
}

// Source returns the text of the embedded file name, for example
// Source("inspect.js"). It panics if there is no such file: the names are
// fixed at build time, so a miss is a programming error.
func Source(name string) string {
	b, err := files.ReadFile(name)
	if err != nil {
		panic("prelude: no file " + name)
	}
	return string(b)
}
