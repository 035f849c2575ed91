//go:build js && wasm

package main

import (
	"syscall/js"

	"looplab/wasm/protocol"
)

// Decoders from the worker's JSON (parsed by JSON.parse) to the protocol's
// types.

func decodeView(v js.Value) *protocol.View {
	out := &protocol.View{
		Step: integer(v, "step"), Steps: integer(v, "steps"), Time: num(v, "time"),
		Phase: str(v, "phase"), Kind: str(v, "kind"), Text: str(v, "text"), Race: boolean(v, "race"),
		Span: decodeSpan(field(v, "span")), ConsoleTotal: integer(v, "consoleTotal"),
		Exited: boolean(v, "exited"), ExitCode: integer(v, "exitCode"), Stopped: boolean(v, "stopped"),
		Error: str(v, "error"),
	}
	each(field(v, "stack"), func(f js.Value) {
		out.Stack = append(out.Stack, protocol.Frame{Name: str(f, "name"), Kind: str(f, "kind"), Span: decodeSpan(field(f, "span"))})
	})
	each(field(v, "queues"), func(q js.Value) {
		qv := protocol.Queue{Name: str(q, "name")}
		each(field(q, "jobs"), func(j js.Value) { qv.Jobs = append(qv.Jobs, decodeJob(j)) })
		out.Queues = append(out.Queues, qv)
	})
	each(field(v, "apis"), func(j js.Value) { out.APIs = append(out.APIs, decodeJob(j)) })
	each(field(v, "workers"), func(j js.Value) {
		if j.Type() != js.TypeObject {
			out.Workers = append(out.Workers, nil)
			return
		}
		job := decodeJob(j)
		out.Workers = append(out.Workers, &job)
	})
	return out
}

func decodeSpan(v js.Value) *protocol.Span {
	if v.Type() != js.TypeObject {
		return nil
	}
	return &protocol.Span{Line: integer(v, "line"), Col: integer(v, "col"), EndLine: integer(v, "endLine"), EndCol: integer(v, "endCol")}
}

func decodeJob(v js.Value) protocol.Job {
	return protocol.Job{
		ID: integer(v, "id"), Kind: str(v, "kind"), API: str(v, "api"), Label: str(v, "label"),
		Due: num(v, "due"), Remaining: num(v, "remaining"), Worker: integer(v, "worker"),
	}
}

func decodeLines(v js.Value) []protocol.Line {
	lines := []protocol.Line{}
	each(v, func(l js.Value) {
		lines = append(lines, protocol.Line{Level: str(l, "level"), Text: str(l, "text"), Stderr: boolean(l, "stderr")})
	})
	return lines
}

func decodeTargets(v js.Value) []protocol.Target {
	var out []protocol.Target
	each(v, func(t js.Value) {
		tg := protocol.Target{Selector: str(t, "selector"), Label: str(t, "label")}
		each(field(t, "events"), func(e js.Value) {
			if e.Type() == js.TypeString {
				tg.Events = append(tg.Events, e.String())
			}
		})
		out = append(out, tg)
	})
	return out
}
