//go:build !js

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
)

// boltStore keeps snippets in one bbolt file (a B+tree with copy-on-write
// pages, pure Go). bbolt fsyncs every committed transaction before Commit
// returns, and a torn write can only ever hit pages no committed meta page
// points to, so after a crash or kill -9 the file holds exactly the
// transactions that had committed.
type boltStore struct {
	db *bolt.DB
	// adding counts the Adds in progress, to tell a lone share (commit
	// now) from a busy moment (wait briefly and share the fsync).
	adding atomic.Int32
}

var sharesBucket = []byte("shares")

// openBoltStore opens (creating if needed) the database file shares.db in
// dir.
func openBoltStore(dir string) (*boltStore, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, "shares.db")
	// bbolt takes an exclusive flock on the file; without a timeout a
	// second server on the same folder would hang instead of saying why.
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("%s is in use by another looplab server", path)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// Concurrent Adds share one transaction and so one fsync (db.Batch),
	// which first waits MaxBatchDelay for company. bbolt's default 10 ms
	// would be most of a share's latency; 1 ms, about what a commit's two
	// fsyncs take, still gathers a busy server's writes.
	db.MaxBatchDelay = time.Millisecond
	err = db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(sharesBucket)
		return err
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return &boltStore{db: db}, nil
}

func (s *boltStore) Close() error { return s.db.Close() }

func (s *boltStore) Get(ctx context.Context, key string) ([]byte, error) {
	var value []byte
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(sharesBucket).Get([]byte(key))
		if v == nil {
			return fmt.Errorf("share %s: %w", key, errNotFound)
		}
		// v points into the memory map, valid only inside the transaction.
		value = bytes.Clone(v)
		return nil
	})
	return value, err
}

func (s *boltStore) Add(ctx context.Context, key string, value []byte) ([]byte, bool, error) {
	var stored []byte
	var added bool
	// A lone Add commits at once; Batch would wait for company that is
	// not coming. Batch may run the function more than once (it retries a
	// failed batch one call at a time), so the function sets its results
	// from scratch.
	commit := s.db.Batch
	if s.adding.Add(1) == 1 {
		commit = s.db.Update
	}
	defer s.adding.Add(-1)
	err := commit(func(tx *bolt.Tx) error {
		b := tx.Bucket(sharesBucket)
		if v := b.Get([]byte(key)); v != nil {
			stored, added = bytes.Clone(v), false
			return nil
		}
		stored, added = value, true
		return b.Put([]byte(key), value)
	})
	if err != nil {
		return nil, false, err
	}
	return stored, added, nil
}
