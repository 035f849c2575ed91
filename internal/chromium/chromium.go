// Package chromium says how the end-to-end tests and the page benchmark
// start headless Chromium, so that both measure the same browser.
// (tools/record starts it with chromedp's defaults instead, which also turn
// off the timer throttling of background pages that recordings rely on.)
package chromium

import (
	"os/exec"

	"github.com/chromedp/chromedp"
)

// Flags are the flags the tests and the benchmark start Chromium with.
var Flags = []chromedp.ExecAllocatorOption{
	chromedp.Flag("headless", true),
	chromedp.Flag("no-sandbox", true),
	chromedp.Flag("disable-gpu", true),
	chromedp.Flag("disable-quic", true),
	chromedp.Flag("no-first-run", true),
	chromedp.Flag("disable-background-networking", true),
	chromedp.Flag("disable-component-update", true),
	chromedp.Flag("disable-sync", true),
	// A new headless Chromium (156 here) loads its hidden window's omnibox
	// popup, a WebUI page in a renderer of its own, as it starts: 1–1.6 s of
	// CPU during the first seconds, on a machine of two cores (a Chrome
	// trace of a page load showed it). That is the browser starting, not
	// the page.
	chromedp.Flag("disable-features", "WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup"),
	chromedp.WindowSize(1280, 900),
}

// Find returns the path of a Chromium (or Chrome) on PATH, or "" if there
// is none.
func Find() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}
