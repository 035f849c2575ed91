package engine

import (
	"encoding/json"
	"hash/fnv"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// The simulated network. A request to any host is answered after a
// latency between netMinLatency and netMinLatency+netSpread that depends
// only on the URL (so runs are reproducible and parallel requests finish in
// a fixed but varied order), with a canned JSON body. Requests to a port the
// snippet listens on (localhost) reach its server after localLatency.
// Responses arrive in the poll phase.
const (
	netMinLatency = 30 * int64(time.Millisecond)
	netSpread     = 50 // ms
	localLatency  = 500 * int64(time.Microsecond)
)

type netState struct {
	servers map[int]goja.Value // port -> the server's onRequest
	pending map[int]func(status int, headers map[string]string, body string)
	nextID  int
}

func netLatency(u string) int64 {
	h := fnv.New32a()
	h.Write([]byte(u))
	return netMinLatency + int64(h.Sum32()%netSpread)*int64(time.Millisecond)
}

// cannedBody is what the simulated internet answers for a URL: JSON in the
// shape of jsonplaceholder for /todos/N, /users/N, /posts/N, else a short
// JSON document echoing the request.
func cannedBody(method, raw string) (int, string) {
	u, err := url.Parse(raw)
	if err != nil {
		return 400, `{"error":"bad request"}`
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	if len(parts) == 2 {
		if id, err := strconv.Atoi(parts[1]); err == nil {
			switch parts[0] {
			case "todos":
				return 200, `{"userId":1,"id":` + parts[1] + `,"title":"todo number ` + parts[1] + `","completed":` + strconv.FormatBool(id%2 == 0) + `}`
			case "users":
				names := []string{"Ada Lovelace", "Alan Turing", "Grace Hopper", "Linus Torvalds", "Margaret Hamilton"}
				b, _ := json.Marshal(map[string]any{"id": id, "name": names[(id+len(names)-1)%len(names)], "email": "user" + parts[1] + "@example.com"})
				return 200, string(b)
			case "posts":
				return 200, `{"userId":1,"id":` + parts[1] + `,"title":"post number ` + parts[1] + `","body":"Posted from looplab's simulated network."}`
			}
		}
	}
	if len(parts) == 1 && parts[0] != "" {
		switch parts[0] {
		case "todos", "users", "posts":
			var items []string
			for i := 1; i <= 3; i++ {
				_, b := cannedBody(method, u.Scheme+"://"+u.Host+"/"+parts[0]+"/"+strconv.Itoa(i))
				items = append(items, b)
			}
			return 200, "[" + strings.Join(items, ",") + "]"
		}
	}
	b, _ := json.Marshal(map[string]any{"url": raw, "method": method, "message": "Hello from looplab's simulated network"})
	return 200, string(b)
}

// hostRequest is http.js's host.request(api, url, method, headers, body,
// callback, done).
func (n *node) hostRequest(c goja.FunctionCall) goja.Value {
	vm := n.vm
	api := c.Argument(0).String()
	raw := c.Argument(1).String()
	method := c.Argument(2).String()
	body := c.Argument(4).String()
	user := c.Argument(5)
	done := c.Argument(6)
	label := "(internal)"
	if _, ok := goja.AssertFunction(user); ok {
		label = n.funcLabel(user)
	} else if api == "fetch" {
		label = "resolve fetch's promise"
	}
	job := n.newJob(Job{Kind: JobIO, API: api, Label: label})
	n.emitJob(KindAPIStart, QueueNone, job)
	n.requests++
	deliver := func(at int64, response func() goja.Value) {
		n.completeInPoll(job, at, func() *goja.Exception {
			n.requests--
			_, exc := n.call(done, goja.Undefined(), response())
			return exc
		})
	}
	failure := func(code, msg, syscall, host string) func() goja.Value {
		return func() goja.Value {
			e := vm.NewObject()
			e.Set("code", code)
			e.Set("message", msg)
			e.Set("syscall", syscall)
			e.Set("hostname", host)
			r := vm.NewObject()
			r.Set("error", e)
			return r
		}
	}
	if method == "READ" {
		deliver(n.now+localLatency, func() goja.Value { return goja.Undefined() })
		return goja.Undefined()
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		deliver(n.now, failure("ERR_INVALID_URL", "Invalid URL", "", ""))
		return goja.Undefined()
	}
	host := u.Hostname()
	if strings.HasSuffix(host, ".invalid") || strings.HasSuffix(host, ".test") {
		deliver(n.now+netMinLatency/3, failure("ENOTFOUND", "getaddrinfo ENOTFOUND "+host, "getaddrinfo", host))
		return goja.Undefined()
	}
	if host == "localhost" || host == "127.0.0.1" {
		port, _ := strconv.Atoi(u.Port())
		if port == 0 {
			port = 80
		}
		onRequest, ok := n.net.servers[port]
		if !ok {
			deliver(n.now+localLatency, failure("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:"+strconv.Itoa(port), "connect", ""))
			return goja.Undefined()
		}
		n.net.nextID++
		id := n.net.nextID
		n.net.pending[id] = func(status int, headers map[string]string, resBody string) {
			deliver(n.now+localLatency, func() goja.Value { return responseObject(n.vm, raw, status, headers, resBody) })
		}
		// The request reaches the server (its own poll-phase event).
		sjob := n.newJob(Job{Kind: JobIO, API: "http.Server request", Label: method + " " + u.RequestURI()})
		n.at(n.now+localLatency, func() {
			n.queueCompletion(QueuePoll, sjob, func() *goja.Exception {
				hdr := vm.NewObject()
				hdr.Set("host", u.Host)
				_, exc := n.call(onRequest, goja.Undefined(), vm.ToValue(id), vm.ToValue(method), vm.ToValue(u.RequestURI()), hdr, vm.ToValue(body))
				return exc
			})
		})
		return goja.Undefined()
	}
	status, resBody := cannedBody(method, raw)
	deliver(n.now+netLatency(method+" "+raw), func() goja.Value {
		return responseObject(n.vm, raw, status, map[string]string{"content-type": "application/json; charset=utf-8"}, resBody)
	})
	return goja.Undefined()
}

func responseObject(vm *goja.Runtime, raw string, status int, headers map[string]string, body string) goja.Value {
	r := vm.NewObject()
	r.Set("status", status)
	r.Set("statusText", statusText(status))
	h := vm.NewObject()
	for k, v := range headers {
		h.Set(k, v)
	}
	if _, ok := headers["content-length"]; !ok {
		h.Set("content-length", strconv.Itoa(len(body)))
	}
	r.Set("headers", h)
	r.Set("body", body)
	r.Set("url", raw)
	return r
}

func statusText(code int) string {
	switch code {
	case 200:
		return "OK"
	case 201:
		return "Created"
	case 204:
		return "No Content"
	case 400:
		return "Bad Request"
	case 404:
		return "Not Found"
	case 500:
		return "Internal Server Error"
	}
	return ""
}

func (n *node) hostListen(c goja.FunctionCall) goja.Value {
	port := int(c.Argument(0).ToInteger())
	if _, taken := n.net.servers[port]; taken {
		n.throwNodeError("Error", "EADDRINUSE", "listen EADDRINUSE: address already in use :::"+strconv.Itoa(port))
	}
	n.net.servers[port] = c.Argument(1)
	n.handles++
	return goja.Undefined()
}

func (n *node) hostUnlisten(c goja.FunctionCall) goja.Value {
	port := int(c.Argument(0).ToInteger())
	if _, ok := n.net.servers[port]; ok {
		delete(n.net.servers, port)
		n.handles--
	}
	return goja.Undefined()
}

func (n *node) hostRespond(c goja.FunctionCall) goja.Value {
	id := int(c.Argument(0).ToInteger())
	status := int(c.Argument(1).ToInteger())
	headers := map[string]string{}
	if o, ok := c.Argument(2).(*goja.Object); ok {
		for _, k := range o.Keys() {
			headers[k] = o.Get(k).String()
		}
	}
	if f := n.net.pending[id]; f != nil {
		delete(n.net.pending, id)
		f(status, headers, c.Argument(3).String())
	}
	return goja.Undefined()
}

// hostCloseLater runs fn in the close callbacks phase (a server's 'close').
func (n *node) hostCloseLater(c goja.FunctionCall) goja.Value {
	fn := c.Argument(0)
	job := n.newJob(Job{Kind: JobClose, API: "server.close", Label: "emit 'close'"})
	n.queueCompletion(QueueClose, job, func() *goja.Exception {
		_, exc := n.call(fn, goja.Undefined())
		return exc
	})
	return goja.Undefined()
}
