package main

import "context"

// A Store keeps shared snippets by id. Values are immutable: once a key
// holds a value it is never overwritten, which is what makes short links
// safe to cache forever.
//
// There are two: boltStore (store_bolt.go), an embedded database file for
// `go run .`, and kvStore (store_kv_js.go), a Workers KV namespace. Both
// are safe for concurrent use.
type Store interface {
	// Get returns the value stored under key, or an error wrapping
	// errNotFound.
	Get(ctx context.Context, key string) ([]byte, error)

	// Add stores value under key unless the key already holds a value,
	// and returns the value the key holds afterwards: value itself and
	// added=true, or the earlier value and added=false. When added is
	// true the value is durable: it survives a crash or a kill -9 from
	// the moment Add returns.
	Add(ctx context.Context, key string, value []byte) (stored []byte, added bool, err error)
}
