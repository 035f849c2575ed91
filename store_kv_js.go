//go:build js

package main

import (
	"context"
	"fmt"

	"github.com/syumai/workers/cloudflare/kv"
)

// kvStore keeps snippets in a Workers KV namespace, bound to the Worker
// under the name binding (wrangler.toml's kv_namespaces).
//
// KV has no compare-and-set, so Add is a read then a write: two different
// snippets racing for the same 60-bit id inside the same second could both
// think they won. That needs a hash collision and a race at once, and the
// loser's link would show the winner's snippet, never a broken one. KV is
// also eventually consistent: a write is visible at once where it was made
// and within about a minute everywhere else.
type kvStore struct {
	binding string
}

// missing is what kv.Namespace.GetString returns for a key that is not
// there: the JavaScript null, converted to a Go string. Stored values are
// JSON objects, so no value can be mistaken for it.
const missing = "<null>"

func (s kvStore) namespace() (*kv.Namespace, error) {
	ns, err := kv.NewNamespace(s.binding)
	if err != nil {
		return nil, fmt.Errorf("KV namespace %s (see wrangler.toml): %w", s.binding, err)
	}
	return ns, nil
}

func (s kvStore) Get(ctx context.Context, key string) ([]byte, error) {
	ns, err := s.namespace()
	if err != nil {
		return nil, err
	}
	v, err := ns.GetString(key, nil)
	if err != nil {
		return nil, err
	}
	if v == missing {
		return nil, fmt.Errorf("share %s: %w", key, errNotFound)
	}
	return []byte(v), nil
}

func (s kvStore) Add(ctx context.Context, key string, value []byte) ([]byte, bool, error) {
	old, err := s.Get(ctx, key)
	if err == nil {
		return old, false, nil
	}
	ns, err := s.namespace()
	if err != nil {
		return nil, false, err
	}
	// The put's promise settles once KV has accepted the write.
	if err := ns.PutString(key, string(value), nil); err != nil {
		return nil, false, err
	}
	return value, true, nil
}
