package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// TestIDStable pins the id scheme: links already handed out must keep
// naming the same snippet, so candidateID may never change its output. The
// first want is
//
//	printf 'looplab share v1\n4:node\n14:console.log(1)' |
//		openssl dgst -sha256 -binary | base64 | tr +/ -_ | cut -c1-10
func TestIDStable(t *testing.T) {
	for _, tc := range []struct {
		s    snippet
		k    int
		want string
	}{
		{snippet{"console.log(1)", "node"}, 0, "UevWNsuYf-"},
		{snippet{"console.log(1)", "node"}, 1, "UevWNsuYf-N"},
		{snippet{"console.log(1)", "node"}, 2, "UevWNsuYf-Np"},
		{snippet{"console.log(1)", "node"}, 3, "MRvFRHMp1YZX"},
		{snippet{"console.log(1)", "browser"}, 0, "UEJ-aL5s-Z"},
	} {
		if got := candidateID(tc.s, tc.k); got != tc.want {
			t.Errorf("candidateID(%q, %d) = %q, want %q", tc.s, tc.k, got, tc.want)
		}
		if !validID(candidateID(tc.s, tc.k)) {
			t.Errorf("candidateID(%q, %d) is not a valid id", tc.s, tc.k)
		}
	}
}

// racyStore answers "not found" to the first Get of each key, as if
// another request stored the key between our read and our write.
type racyStore struct {
	*memStore
	seen map[string]bool
}

func (s *racyStore) Get(ctx context.Context, key string) ([]byte, error) {
	if !s.seen[key] {
		s.seen[key] = true
		return nil, fmt.Errorf("%w", errNotFound)
	}
	return s.memStore.Get(ctx, key)
}

// TestCollision checks the collision walk: a snippet whose id is taken by
// another snippet moves to the next candidate, and comes back to it every
// time it is shared again.
func TestCollision(t *testing.T) {
	s := snippet{"setTimeout(() => console.log('later'))", "node"}
	other, _ := json.Marshal(snippet{"some other snippet", "node"})
	for _, tc := range []struct {
		desc  string
		taken int // candidates 0..taken-1 hold other snippets
		racy  bool
		want  string
	}{
		{"free", 0, false, candidateID(s, 0)},
		{"10 characters taken", 1, false, candidateID(s, 1)},
		{"11 taken too", 2, false, candidateID(s, 2)},
		{"12 taken too: rehash", 3, false, candidateID(s, 3)},
		{"taken between read and write", 1, true, candidateID(s, 1)},
	} {
		mem := newMemStore()
		var store Store = mem
		if tc.racy {
			store = &racyStore{mem, map[string]bool{}}
		}
		for k := 0; k < tc.taken; k++ {
			mem.Add(context.Background(), candidateID(s, k), other)
		}
		for round := 0; round < 2; round++ {
			id, created, err := saveSnippet(context.Background(), store, s)
			if err != nil || id != tc.want || created != (round == 0) {
				t.Errorf("%s, round %d: saveSnippet = %q, %v, %v; want %q, %v", tc.desc, round, id, created, err, tc.want, round == 0)
			}
			if got, err := loadSnippet(context.Background(), store, id); err != nil || got != s {
				t.Errorf("%s: loadSnippet(%q) = %v, %v", tc.desc, id, got, err)
			}
		}
		if strings.HasPrefix(tc.want, candidateID(s, 0)) != (tc.taken < 3) {
			t.Errorf("%s: %q should extend %q only while ids grow", tc.desc, tc.want, candidateID(s, 0))
		}
	}
}

func TestCollisionGivesUp(t *testing.T) {
	s := snippet{"x", "node"}
	mem := newMemStore()
	other, _ := json.Marshal(snippet{"y", "node"})
	for k := 0; k < maxCandidates; k++ {
		mem.Add(context.Background(), candidateID(s, k), other)
	}
	if _, _, err := saveSnippet(context.Background(), mem, s); err == nil {
		t.Fatal("saveSnippet found a free id among taken candidates")
	}
}

func TestValidID(t *testing.T) {
	for id, want := range map[string]bool{
		"AAAAAAAAAA": true, "Az09-_Az09-_": true, "Az09-_Az09-": true,
		"AAAAAAAAA": false, "AAAAAAAAAAAAA": false, "AAAAAAAAA=": false, "AAAAAAAAA/": false,
		"AAAAAAAAA\x00": false, "AAAAAAAAé": false, "": false,
	} {
		if validID(id) != want {
			t.Errorf("validID(%q) = %v, want %v", id, !want, want)
		}
	}
}
