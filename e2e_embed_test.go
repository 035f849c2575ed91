//go:build !js

package main

import (
	"encoding/json"
	"strings"
	"testing"

	"looplab/engine"
)

// A documentation page of another origin embeds the playground in an
// iframe and drives it with postMessage: the same verbs as window.looplab.
func TestEmbedDrivenByPostMessage(t *testing.T) {
	site(t)
	host := openTab(t, e2e.host.URL+"/", 1000, 800)
	code := "setTimeout(() => console.log('timeout'), 0);\nPromise.resolve().then(() => console.log('promise'));\nconsole.log('sync');\n"
	frag := deflateFragment("v1", `{"code":"console.log(1)","runtime":"node","speed":10,"step":0}`)
	host.eval(`
		window.replies = {}; window.events = [];
		addEventListener('message', (e) => {
			const d = e.data;
			if (!d || d.looplab !== 1) return;
			if (d.event) events.push(d.event); else replies[d.id] = d;
		});
		const frame = document.createElement('iframe');
		frame.src = `+jsString(e2e.server.URL+"/embed?readonly=1&hide=loop,queues&step=0#"+frag)+`;
		frame.width = 900; frame.height = 600; frame.title = 'looplab';
		document.body.append(frame);
		let next = 0;
		window.call = (method, ...args) => {
			const id = ++next;
			frame.contentWindow.postMessage({looplab: 1, id, method, args}, '*');
			return new Promise((resolve) => {
				const wait = () => replies[id] ? resolve(replies[id]) : setTimeout(wait, 10);
				wait();
			});
		};
		1`, nil)
	host.poll(`events.includes('ready')`)

	type reply struct {
		Result json.RawMessage
		Error  string
	}
	call := func(expr string) reply {
		t.Helper()
		var r reply
		host.eval(expr, &r)
		return r
	}
	var s pageState
	r := call(`call('state')`)
	json.Unmarshal(r.Result, &s)
	if s.Code != "console.log(1)" {
		t.Errorf("the iframe opened with code %q", s.Code)
	}
	var embed struct{ Embed bool }
	json.Unmarshal(r.Result, &embed)
	if !embed.Embed {
		t.Errorf("the iframe is not in embed mode: %s", r.Result)
	}

	call(`call('load', ` + jsString(code) + `, {runtime: 'node'})`)
	var got runResult
	r = call(`call('runToEnd')`)
	json.Unmarshal(r.Result, &got)
	want, err := engine.Run(code, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got.Steps != len(want.Steps) || strings.Join(got.Console, "\n")+"\n" != want.Stdout() {
		t.Errorf("runToEnd over postMessage: %+v, want %d steps and %q", got, len(want.Steps), want.Stdout())
	}
	r = call(`call('seek', 4)`)
	json.Unmarshal(r.Result, &s)
	if s.Step != 4 || s.Text != want.View(4).Text {
		t.Errorf("seek(4): step %d %q, want %q", s.Step, s.Text, want.View(4).Text)
	}
	r = call(`call('step', -2)`)
	json.Unmarshal(r.Result, &s)
	if s.Step != 2 {
		t.Errorf("step(-2) from 4: step %d", s.Step)
	}
	r = call(`call('play')`)
	json.Unmarshal(r.Result, &s)
	if !s.Playing {
		t.Errorf("play: %s", r.Result)
	}
	r = call(`call('pause')`)
	json.Unmarshal(r.Result, &s)
	if s.Playing {
		t.Errorf("pause: %s", r.Result)
	}
	if r = call(`call('eval', 'alert(1)')`); !strings.Contains(r.Error, "no verb") {
		t.Errorf("an unknown verb: %+v", r)
	}
	if r = call(`call('load', 42)`); r.Error == "" {
		t.Errorf("load of a non-string: %+v", r)
	}
}

// The embed page's options: read-only editor, hidden panels, no site chrome.
func TestEmbedOptions(t *testing.T) {
	tb := newTab(t, "/embed?readonly=1&hide=console,loop&autoplay=1", 800, 600)
	var got struct {
		ReadOnly, ConsoleHidden, LoopHidden, StackHidden, ChromeHidden, Playing bool
	}
	tb.poll(`document.getElementById('play').getAttribute('aria-pressed') === 'true' || document.getElementById('step-count').textContent.split(' / ')[0] !== 'step 1'`)
	tb.eval(`({
		readOnly: document.getElementById('code').readOnly,
		consoleHidden: document.querySelector('[data-panel=console]').hidden,
		loopHidden: document.querySelector('[data-panel=loop]').hidden,
		stackHidden: document.querySelector('[data-panel=stack]').hidden,
		chromeHidden: document.getElementById('copy-link').offsetParent === null,
	})`, &got)
	if !got.ReadOnly || !got.ConsoleHidden || !got.LoopHidden || got.StackHidden || !got.ChromeHidden {
		t.Errorf("embed options: %+v", got)
	}
}
