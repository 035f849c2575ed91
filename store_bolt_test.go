//go:build !js

package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
)

func TestBoltStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := openBoltStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, "k"); !errors.Is(err, errNotFound) {
		t.Errorf("Get of a missing key: %v, want errNotFound", err)
	}
	for _, tc := range []struct {
		value, stored string
		added         bool
	}{
		{"first", "first", true},
		{"second", "first", false}, // values are never overwritten
	} {
		stored, added, err := s.Add(ctx, "k", []byte(tc.value))
		if err != nil || string(stored) != tc.stored || added != tc.added {
			t.Errorf("Add(k, %q) = %q, %v, %v; want %q, %v", tc.value, stored, added, err, tc.stored, tc.added)
		}
	}

	// A second server on the same folder is told why it cannot start.
	if _, err := openBoltStore(dir); err == nil || !strings.Contains(err.Error(), "in use by another looplab server") {
		t.Errorf("second open: %v", err)
	}

	// Reopened, the store still has what it had.
	s.Close()
	if s, err = openBoltStore(dir); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.Get(ctx, "k"); err != nil || string(v) != "first" {
		t.Errorf("after reopening: Get(k) = %q, %v", v, err)
	}
}

// TestBoltStoreConcurrent has 50 writers race on the same keys: each key
// ends up with exactly one value, and exactly one writer was told it added
// it.
func TestBoltStoreConcurrent(t *testing.T) {
	ctx := context.Background()
	s, err := openBoltStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const writers, keys = 50, 40
	var mu sync.Mutex
	adds := map[string]int{}
	stored := map[string]map[string]bool{}
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for k := range keys {
				key := fmt.Sprint("key", k)
				v, added, err := s.Add(ctx, key, []byte(fmt.Sprint("writer", w)))
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				if added {
					adds[key]++
				}
				if stored[key] == nil {
					stored[key] = map[string]bool{}
				}
				stored[key][string(v)] = true
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	for k := range keys {
		key := fmt.Sprint("key", k)
		v, err := s.Get(ctx, key)
		if err != nil || adds[key] != 1 || len(stored[key]) != 1 || !stored[key][string(v)] {
			t.Errorf("%s: %d adds, writers saw %v, store has %q (%v)", key, adds[key], stored[key], v, err)
		}
	}
}
