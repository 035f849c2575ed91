//go:build unix

package main

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"
)

// BenchmarkShare measures the local server's share API on loopback: a real
// bbolt store in a temporary folder (every share fsynced before its
// answer), HTTP/1.1 keep-alive clients, and the latency of each request.
// BENCHMARKS.md reports it:
//
//	go test -run '^$' -bench BenchmarkShare -benchtime 10000x .
func BenchmarkShare(b *testing.B) {
	for _, bc := range []struct {
		name    string
		clients int
		fetch   bool
	}{
		{"create/clients=1", 1, false},
		{"create/clients=50", 50, false},
		{"fetch/clients=1", 1, true},
		{"fetch/clients=50", 50, true},
	} {
		b.Run(bc.name, func(b *testing.B) {
			store, err := openBoltStore(b.TempDir())
			if err != nil {
				b.Fatal(err)
			}
			defer store.Close()
			srv := httptest.NewServer(newShareAPI(store, testPage, ""))
			defer srv.Close()
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: bc.clients}}
			defer client.CloseIdleConnections()

			snippets := manySnippets(b.N, b.Name())
			ids := make([]string, b.N)
			if bc.fetch {
				inParallel(50, b.N, func(i int) {
					id, err := postShare(client, srv.URL, snippets[i])
					if err != nil {
						b.Error(err)
					}
					ids[i] = id
				})
			}
			latency := make([]time.Duration, b.N)
			b.ResetTimer()
			start := time.Now()
			inParallel(bc.clients, b.N, func(i int) {
				t := time.Now()
				var err error
				if bc.fetch {
					var ok bool
					if _, ok, err = getShare(client, srv.URL, ids[i]); !ok && err == nil {
						b.Errorf("%s not found", ids[i])
					}
				} else {
					_, err = postShare(client, srv.URL, snippets[i])
				}
				latency[i] = time.Since(t)
				if err != nil {
					b.Error(err)
				}
			})
			elapsed := time.Since(start)
			b.StopTimer()
			slices.Sort(latency)
			ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
			b.ReportMetric(ms(latency[len(latency)/2]), "p50-ms")
			b.ReportMetric(ms(latency[len(latency)*99/100]), "p99-ms")
		})
	}
}
