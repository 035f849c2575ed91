package engine

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// The in-memory file system a Node snippet sees: its working directory
// /app holds the script itself and the sample files of engine/samplefs
// (the recording tool puts the same files beside each test case when it
// runs it in real Node).
//
//go:embed samplefs
var sampleFiles embed.FS

// File system latencies: each asynchronous operation is one job on the
// thread pool taking fsOpCost, plus fsByteCost per byte moved.
const (
	fsOpCost   = 250 * int64(time.Microsecond)
	fsByteCost = 1 // ns per byte: 1 GB/s
	// fsSyncCost is what a *Sync call blocks the JavaScript thread for.
	fsSyncCost = 50 * int64(time.Microsecond)
)

type vfile struct {
	data  []byte
	dir   bool
	mtime int64 // virtual ns
	ino   int64
}

type vfs struct {
	files map[string]*vfile
	ino   int64
	fds   map[int64]*openFile // open file descriptors (fs.open)
}

// openFile is an open file description: fs.open's fd refers to one.
type openFile struct {
	f                  *vfile
	pos                int64
	readable, writable bool
	append             bool
}

// allocFD opens a descriptor: the lowest free one, as POSIX does.
func (v *vfs) allocFD(of *openFile) int64 {
	if v.fds == nil {
		v.fds = map[int64]*openFile{}
	}
	fd := int64(firstFD)
	for v.fds[fd] != nil {
		fd++
	}
	v.fds[fd] = of
	return fd
}

// firstFD is the first descriptor Node 20 hands a script here: libuv and
// V8 hold 0 to 17.
const firstFD = 18

// openFlags parses fs.open's flags ("r", "w+", "ax", or O_* numbers):
// access, create, truncate, exclusive, append.
func openFlags(v goja.Value) (read, write, create, trunc, excl, app bool, ok bool) {
	if s, isStr := v.Export().(string); isStr {
		s = strings.ReplaceAll(s, "s", "")
		switch s {
		case "r":
			return true, false, false, false, false, false, true
		case "r+":
			return true, true, false, false, false, false, true
		case "w", "wx", "xw":
			return false, true, true, true, s != "w", false, true
		case "w+", "wx+", "xw+":
			return true, true, true, true, s != "w+", false, true
		case "a", "ax", "xa":
			return false, true, true, false, s != "a", true, true
		case "a+", "ax+", "xa+":
			return true, true, true, false, s != "a+", true, true
		}
		return false, false, false, false, false, false, false
	}
	n := v.ToInteger()
	acc := n & 3
	return acc != 1, acc != 0, n&64 != 0, n&512 != 0, n&128 != 0, n&1024 != 0, true
}

func newVFS(script, source string) *vfs {
	v := &vfs{files: map[string]*vfile{}}
	v.mkdirAll("/tmp")
	v.mkdirAll(nodeDir)
	fs.WalkDir(sampleFiles, "samplefs", func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == "samplefs" {
			return nil
		}
		target := nodeDir + strings.TrimPrefix(p, "samplefs")
		if d.IsDir() {
			v.mkdirAll(target)
			return nil
		}
		b, _ := sampleFiles.ReadFile(p)
		v.put(target, b, 0)
		return nil
	})
	v.put(script, []byte(source), 0)
	return v
}

func (v *vfs) put(p string, b []byte, now int64) {
	f := v.files[p]
	if f == nil {
		v.ino++
		f = &vfile{ino: 1000 + v.ino}
		v.files[p] = f
	}
	f.data = b
	f.mtime = now
}

func (v *vfs) mkdirAll(p string) {
	for p != "/" && p != "." {
		if f := v.files[p]; f == nil {
			v.ino++
			v.files[p] = &vfile{dir: true, ino: 1000 + v.ino}
		}
		p = path.Dir(p)
	}
}

// fsError is a failed system call, as Node reports it.
type fsError struct {
	code, syscall, path, dest string
}

var errnos = map[string]struct {
	errno int
	text  string
}{
	"ENOENT":    {-2, "no such file or directory"},
	"EEXIST":    {-17, "file already exists"},
	"EISDIR":    {-21, "illegal operation on a directory"},
	"ENOTDIR":   {-20, "not a directory"},
	"ENOTEMPTY": {-39, "directory not empty"},
	"EBADF":     {-9, "bad file descriptor"},
	"EINVAL":    {-22, "invalid argument"},
}

func (e *fsError) toJS(vm *goja.Runtime) goja.Value {
	info := errnos[e.code]
	msg := e.code + ": " + info.text + ", " + e.syscall
	if e.path != "" {
		msg += " '" + e.path + "'"
	}
	if e.dest != "" {
		msg += " -> '" + e.dest + "'"
	}
	o := vm.NewObject()
	o.Set("message", msg)
	o.Set("errno", info.errno)
	o.Set("code", e.code)
	o.Set("syscall", e.syscall)
	if e.path != "" {
		o.Set("path", e.path)
	}
	if e.dest != "" {
		o.Set("dest", e.dest)
	}
	return o
}

// resolve makes a path absolute against the working directory.
func resolvePath(p string) string {
	if !strings.HasPrefix(p, "/") {
		p = nodeDir + "/" + p
	}
	return path.Clean(p)
}

// fsOp performs one file system operation now; it returns the result (for
// JavaScript) or an error, and how many bytes it moved (for its cost).
func (n *node) fsOp(op string, args []goja.Value) (goja.Value, *fsError, int) {
	vm := n.vm
	arg := func(i int) string {
		if i < len(args) {
			return args[i].String()
		}
		return ""
	}
	v := n.files
	p := resolvePath(arg(0))
	shown := arg(0) // Node names the path as it was given
	switch op {
	case "noop":
		return goja.Null(), nil, 0
	case "exists":
		_, ok := v.files[p]
		return vm.ToValue(ok), nil, 0
	case "access":
		if v.files[p] == nil {
			return nil, &fsError{code: "ENOENT", syscall: "access", path: shown}, 0
		}
		return goja.Null(), nil, 0
	case "readFile":
		f := v.files[p]
		if f == nil {
			return nil, &fsError{code: "ENOENT", syscall: "open", path: shown}, 0
		}
		if f.dir {
			return nil, &fsError{code: "EISDIR", syscall: "read"}, 0
		}
		return vm.ToValue(vm.NewArrayBuffer(append([]byte(nil), f.data...))), nil, len(f.data)
	case "writeFile":
		var b []byte
		if len(args) > 1 {
			if o, ok := args[1].(*goja.Object); ok {
				b = exportBytes(vm, o)
			}
		}
		if v.files[path.Dir(p)] == nil {
			return nil, &fsError{code: "ENOENT", syscall: "open", path: shown}, 0
		}
		if f := v.files[p]; f != nil && f.dir {
			return nil, &fsError{code: "EISDIR", syscall: "open", path: shown}, 0
		}
		if arg(2) == "a" {
			if f := v.files[p]; f != nil {
				b = append(append([]byte(nil), f.data...), b...)
			}
		}
		v.put(p, b, n.now)
		return goja.Null(), nil, len(b)
	case "stat", "lstat":
		f := v.files[p]
		if f == nil {
			return nil, &fsError{code: "ENOENT", syscall: op, path: shown}, 0
		}
		return n.statObject(f), nil, 0
	case "readdir":
		f := v.files[p]
		if f == nil {
			return nil, &fsError{code: "ENOENT", syscall: "scandir", path: shown}, 0
		}
		if !f.dir {
			return nil, &fsError{code: "ENOTDIR", syscall: "scandir", path: shown}, 0
		}
		var names []string
		prefix := strings.TrimSuffix(p, "/") + "/"
		for name := range v.files {
			if strings.HasPrefix(name, prefix) && !strings.Contains(name[len(prefix):], "/") {
				names = append(names, name[len(prefix):])
			}
		}
		sort.Strings(names)
		var list []any
		for _, name := range names {
			e := vm.NewObject()
			e.Set("name", name)
			e.Set("dir", v.files[prefix+name].dir)
			list = append(list, e)
		}
		return vm.NewArray(list...), nil, 0
	case "mkdir":
		if v.files[p] != nil {
			if args[1].ToBoolean() {
				return goja.Undefined(), nil, 0
			}
			return nil, &fsError{code: "EEXIST", syscall: "mkdir", path: shown}, 0
		}
		if v.files[path.Dir(p)] == nil && !args[1].ToBoolean() {
			return nil, &fsError{code: "ENOENT", syscall: "mkdir", path: shown}, 0
		}
		first := p
		for q := p; v.files[q] == nil && q != "/"; q = path.Dir(q) {
			first = q
		}
		v.mkdirAll(p)
		if args[1].ToBoolean() {
			return vm.ToValue(first), nil, 0
		}
		return goja.Null(), nil, 0
	case "unlink":
		f := v.files[p]
		if f == nil {
			return nil, &fsError{code: "ENOENT", syscall: "unlink", path: shown}, 0
		}
		if f.dir {
			return nil, &fsError{code: "EISDIR", syscall: "unlink", path: shown}, 0
		}
		delete(v.files, p)
		return goja.Null(), nil, 0
	case "rmdir", "rm":
		f := v.files[p]
		if f == nil {
			if op == "rm" && len(args) > 2 && args[2].ToBoolean() {
				return goja.Null(), nil, 0
			}
			return nil, &fsError{code: "ENOENT", syscall: op, path: shown}, 0
		}
		prefix := p + "/"
		var inside []string
		for name := range v.files {
			if strings.HasPrefix(name, prefix) {
				inside = append(inside, name)
			}
		}
		if len(inside) > 0 && !(op == "rm" && args[1].ToBoolean()) {
			return nil, &fsError{code: "ENOTEMPTY", syscall: op, path: shown}, 0
		}
		for _, name := range inside {
			delete(v.files, name)
		}
		delete(v.files, p)
		return goja.Null(), nil, 0
	case "open":
		read, write, create, trunc, excl, app, ok := openFlags(args[1])
		if !ok {
			return nil, &fsError{code: "EINVAL", syscall: "open", path: shown}, 0
		}
		f := v.files[p]
		switch {
		case f != nil && create && excl:
			return nil, &fsError{code: "EEXIST", syscall: "open", path: shown}, 0
		case f == nil && (!create || v.files[path.Dir(p)] == nil):
			return nil, &fsError{code: "ENOENT", syscall: "open", path: shown}, 0
		case f != nil && f.dir && write:
			return nil, &fsError{code: "EISDIR", syscall: "open", path: shown}, 0
		}
		if f == nil {
			v.put(p, nil, n.now)
			f = v.files[p]
		} else if trunc {
			f.data, f.mtime = nil, n.now
		}
		fd := v.allocFD(&openFile{f: f, readable: read, writable: write, append: app})
		return vm.ToValue(fd), nil, 0
	case "close", "fstat", "read", "write":
		fd := args[0].ToInteger()
		of := v.fds[fd]
		if of == nil || op == "read" && !of.readable || op == "write" && !of.writable {
			return nil, &fsError{code: "EBADF", syscall: op}, 0
		}
		switch op {
		case "close":
			delete(v.fds, fd)
			return goja.Null(), nil, 0
		case "fstat":
			return n.statObject(of.f), nil, 0
		case "read":
			pos, advance := of.pos, true
			if len(args) > 2 && !goja.IsNull(args[2]) && !goja.IsUndefined(args[2]) && args[2].ToInteger() >= 0 {
				pos, advance = args[2].ToInteger(), false
			}
			length := args[1].ToInteger()
			end := min(pos+max(length, 0), int64(len(of.f.data)))
			var b []byte
			if pos < end {
				b = append(b, of.f.data[pos:end]...)
			}
			if advance {
				of.pos += int64(len(b))
			}
			return vm.ToValue(vm.NewArrayBuffer(b)), nil, len(b)
		default: // write
			var b []byte
			if o, ok := args[1].(*goja.Object); ok {
				b = exportBytes(vm, o)
			}
			pos, advance := of.pos, true
			if of.append {
				pos = int64(len(of.f.data))
			} else if len(args) > 2 && !goja.IsNull(args[2]) && !goja.IsUndefined(args[2]) && args[2].ToInteger() >= 0 {
				pos, advance = args[2].ToInteger(), false
			}
			if grow := pos + int64(len(b)); grow > int64(len(of.f.data)) {
				of.f.data = append(of.f.data, make([]byte, grow-int64(len(of.f.data)))...)
			}
			copy(of.f.data[pos:], b)
			of.f.mtime = n.now
			if advance {
				of.pos = pos + int64(len(b))
			}
			return vm.ToValue(len(b)), nil, len(b)
		}
	case "rename", "copyFile":
		to := resolvePath(arg(1))
		f := v.files[p]
		if f == nil {
			return nil, &fsError{code: "ENOENT", syscall: op, path: shown, dest: arg(1)}, 0
		}
		v.put(to, append([]byte(nil), f.data...), n.now)
		if op == "rename" {
			delete(v.files, p)
		}
		return goja.Null(), nil, len(f.data)
	}
	return nil, &fsError{code: "ENOENT", syscall: op, path: shown}, 0
}

// statObject is the raw stat fs.js turns into a Stats.
func (n *node) statObject(f *vfile) *goja.Object {
	o := n.vm.NewObject()
	o.Set("size", len(f.data))
	if f.dir {
		o.Set("size", 4096)
	}
	o.Set("dir", f.dir)
	o.Set("ino", f.ino)
	o.Set("mtimeMs", float64(epoch.Add(time.Duration(f.mtime)).UnixMilli()))
	return o
}

// exportBytes copies a Uint8Array's contents.
func exportBytes(vm *goja.Runtime, o *goja.Object) []byte {
	n := int(o.Get("length").ToInteger())
	b := make([]byte, n)
	for i := 0; i < n; i++ {
		b[i] = byte(o.Get(itoa(int64(i))).ToInteger())
	}
	return b
}

// fsSteps are the system calls an fs operation makes, each one a job on the
// thread pool whose completion the poll phase handles before the next one
// starts: a readFile takes at least four turns of the loop, as in Node.
var fsSteps = map[string][]string{
	"readFile":  {"open", "fstat", "read", "close"},
	"writeFile": {"open", "write", "close"},
	"copyFile":  {"copyfile"},
}

// hostFS is fs.js's host.fs(api, op, args, callback, done): one
// asynchronous operation on the thread pool.
func (n *node) hostFS(call goja.FunctionCall) goja.Value {
	api := call.Argument(0).String()
	op := call.Argument(1).String()
	var args []goja.Value
	n.vm.ExportTo(call.Argument(2), &args)
	user := call.Argument(3)
	done := call.Argument(4)
	label := "(internal)"
	if _, ok := goja.AssertFunction(user); ok {
		label = n.funcLabel(user)
	}
	steps := fsSteps[op]
	if steps == nil {
		steps = []string{op}
	}
	job := n.newJob(Job{Kind: JobThreadPool, API: api, Label: label})
	n.emitJob(KindAPIStart, QueueNone, job)
	n.fsStep(api, label, op, args, steps, 0, job, done, new(int64))
	return goja.Undefined()
}

// fsStep runs system call i of an fs operation on the thread pool.
//
// fd is the descriptor an operation of several steps holds between its
// open and its close (readFile's open, fstat, read, close).
func (n *node) fsStep(api, label, op string, args []goja.Value, steps []string, i int, main int32, done goja.Value, fd *int64) {
	last := i == len(steps)-1
	job := main
	if len(steps) > 1 {
		job = n.newJob(Job{Kind: JobThreadPool, API: api + " (" + steps[i] + ")", Label: label})
	}
	duration := fsOpCost
	if steps[i] == "read" || steps[i] == "write" || steps[i] == "copyfile" {
		if f := n.files.files[resolvePath(args[0].String())]; f != nil {
			duration += int64(len(f.data)) * fsByteCost
		}
	}
	var res goja.Value
	var ferr *fsError
	var start func()
	early := op == "open" || op == "close"
	switch {
	case early:
		// The descriptor is taken (or freed) as the worker starts.
		start = func() { res, ferr, _ = n.fsOp(op, args) }
	case len(steps) > 1 && steps[i] == "open":
		start = func() {
			p := resolvePath(args[0].String())
			if f := n.files.files[p]; f != nil && !f.dir || op == "writeFile" && n.files.files[path.Dir(p)] != nil {
				*fd = n.files.allocFD(&openFile{})
			}
		}
	case len(steps) > 1 && steps[i] == "close":
		start = func() { delete(n.files.fds, *fd) }
	}
	n.submit(poolWork{job: job, duration: duration, start: start, done: func() func() *goja.Exception {
		if steps[i] == "open" && op == "readFile" {
			if f := n.files.files[resolvePath(args[0].String())]; f == nil {
				_, ferr, _ = n.fsOp(op, args)
			}
		}
		if last && ferr == nil && !early {
			res, ferr, _ = n.fsOp(op, args)
		}
		return func() *goja.Exception {
			if ferr == nil && !last {
				n.fsStep(api, label, op, args, steps, i+1, main, done, fd)
				return nil
			}
			if job != main {
				n.emitJob(KindAPIDone, QueueNone, main)
			}
			var errv goja.Value = goja.Null()
			if ferr != nil {
				errv = ferr.toJS(n.vm)
				res = goja.Undefined()
			}
			_, exc := n.callVia(fsVia(op, ferr != nil), done, goja.Undefined(), errv, res)
			return exc
		}
	}})
}

// fsVia is how Node calls an fs callback, for stack traces.
func fsVia(op string, failed bool) *via {
	switch op {
	case "readFile":
		if failed {
			return viaReadError
		}
		return viaReadFile
	case "stat", "lstat", "fstat":
		return viaStat
	case "exists":
		return viaExists
	}
	return viaFS
}

// hostFSSync is fs.js's host.fsSync(op, args): [error, result], now.
func (n *node) hostFSSync(call goja.FunctionCall) goja.Value {
	op := call.Argument(0).String()
	var args []goja.Value
	n.vm.ExportTo(call.Argument(1), &args)
	n.advance(fsSyncCost)
	res, ferr, _ := n.fsOp(op, args)
	if ferr != nil {
		return n.vm.NewArray(ferr.toJS(n.vm), goja.Undefined())
	}
	return n.vm.NewArray(goja.Null(), res)
}
