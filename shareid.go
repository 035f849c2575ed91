package main

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// A snippet is what a short link stores: the code and the runtime it runs
// on. It is also the JSON that POST /api/share takes and GET /api/share/{id}
// gives back.
type snippet struct {
	Code    string `json:"code"`
	Runtime string `json:"runtime"`
}

// runtimes are the event loops the playground simulates.
var runtimes = map[string]bool{"node": true, "browser": true}

// Ids are base64url (A–Z a–z 0–9 - _): URL-safe with no escaping. Ten
// characters carry 60 bits, so a first collision is expected only after
// about a billion snippets (the birthday bound, 2^30); the collision check
// below makes one harmless anyway.
const (
	minIDLen = 10
	maxIDLen = 12
	// maxCandidates bounds the collision walk: reaching it means the store
	// keeps answering with other snippets, which only a broken store does.
	maxCandidates = 8
)

// validID reports whether id could have been made by candidateID.
func validID(id string) bool {
	if len(id) < minIDLen || len(id) > maxIDLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// candidateID is the k-th id a snippet may be stored under; the snippet
// takes the first candidate that is free or already holds it. Candidates 0,
// 1 and 2 are the first 10, 11 and 12 characters of one SHA-256 digest, so
// a snippet whose 10-character id is taken by another snippet gets a
// longer id that shares its prefix. Later candidates rehash with the
// counter, in case two snippets agree on all 72 bits. Every step depends
// only on the snippet and on what is stored, so the same snippet always
// comes back to the same id.
func candidateID(s snippet, k int) string {
	salt := ""
	if k > maxIDLen-minIDLen {
		salt = strconv.Itoa(k) + "\n"
	}
	// The runtime goes first and both fields are length-prefixed, so no
	// two snippets hash the same bytes.
	sum := sha256.Sum256([]byte(salt + "looplab share v1\n" +
		strconv.Itoa(len(s.Runtime)) + ":" + s.Runtime + "\n" +
		strconv.Itoa(len(s.Code)) + ":" + s.Code))
	n := min(minIDLen+k, maxIDLen)
	return base64.RawURLEncoding.EncodeToString(sum[:])[:n]
}

// errNotFound is what a Store answers for a key it does not hold.
var errNotFound = errors.New("not found")

// saveSnippet stores s and returns its id, and whether this call stored it
// (false: it was already there). Each candidate is read before it is
// written, because reading is cheap everywhere and a write is an fsync
// locally and a rate-limited operation on Workers KV.
func saveSnippet(ctx context.Context, store Store, s snippet) (id string, created bool, err error) {
	value, err := json.Marshal(s)
	if err != nil {
		return "", false, err
	}
	for k := 0; k < maxCandidates; k++ {
		id := candidateID(s, k)
		old, err := store.Get(ctx, id)
		if errors.Is(err, errNotFound) {
			old, created, err = store.Add(ctx, id, value)
			if err != nil {
				return "", false, err
			}
			if created {
				return id, true, nil
			}
			// Another request stored something under id between the
			// read and the write: compare with that, as below.
		} else if err != nil {
			return "", false, err
		}
		if same, err := holds(old, s); err != nil {
			return "", false, fmt.Errorf("share %s: %w", id, err)
		} else if same {
			return id, false, nil
		}
	}
	return "", false, fmt.Errorf("no free id among %d candidates", maxCandidates)
}

// loadSnippet returns the snippet stored under id.
func loadSnippet(ctx context.Context, store Store, id string) (snippet, error) {
	value, err := store.Get(ctx, id)
	if err != nil {
		return snippet{}, err
	}
	var s snippet
	if err := json.Unmarshal(value, &s); err != nil {
		return snippet{}, fmt.Errorf("share %s: stored value is not a snippet: %w", id, err)
	}
	return s, nil
}

// holds reports whether a stored value is the snippet s. It compares the
// decoded fields rather than bytes, so values written by an encoder that
// escapes differently still match.
func holds(value []byte, s snippet) (bool, error) {
	var old snippet
	if err := json.Unmarshal(value, &old); err != nil {
		return false, fmt.Errorf("stored value is not a snippet: %w", err)
	}
	return old == s, nil
}
