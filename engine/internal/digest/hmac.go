package digest

import "hash"

// The bytes RFC 2104 XORs into the key block for the inner and the outer hash.
const (
	innerPad = 0x36
	outerPad = 0x5c
)

// HMAC returns a keyed hash: H(key^outerPad || H(key^innerPad || message)),
// as RFC 2104 defines it, with a key longer than a block hashed first.
// newHash may be any hash constructor; with this package's, Reset and Sum
// restore the state left by a pad block instead of hashing it again, which
// halves the work of each PBKDF2 iteration.
func HMAC(newHash func() hash.Hash, key []byte) hash.Hash {
	m := &mac{inner: newHash(), outer: newHash()}
	bs := m.inner.BlockSize()
	if len(key) > bs {
		m.outer.Write(key)
		key = m.outer.Sum(nil)
		m.outer.Reset()
	}
	m.innerBlock = make([]byte, bs)
	m.outerBlock = make([]byte, bs)
	copy(m.innerBlock, key)
	copy(m.outerBlock, key)
	for i := range bs {
		m.innerBlock[i] ^= innerPad
		m.outerBlock[i] ^= outerPad
	}
	m.inner.Write(m.innerBlock)
	m.outer.Write(m.outerBlock)
	m.innerStart = snapshot(m.inner)
	m.outerStart = snapshot(m.outer)
	return m
}

type mac struct {
	inner, outer           hash.Hash
	innerBlock, outerBlock []byte // the key XOR each pad, one block long

	// The states of inner and outer once they have taken their key block,
	// if they are this package's digests; nil otherwise.
	innerStart, outerStart *digest
}

// snapshot copies h's state if h is one of this package's digests.
func snapshot(h hash.Hash) *digest {
	d, ok := h.(*digest)
	if !ok {
		return nil
	}
	saved := *d
	return &saved
}

// restart puts h back to having taken just its key block.
func restart(h hash.Hash, start *digest, keyBlock []byte) {
	if start != nil {
		*h.(*digest) = *start
		return
	}
	h.Reset()
	h.Write(keyBlock)
}

func (m *mac) Size() int      { return m.outer.Size() }
func (m *mac) BlockSize() int { return m.inner.BlockSize() }

func (m *mac) Reset() { restart(m.inner, m.innerStart, m.innerBlock) }

func (m *mac) Write(p []byte) (int, error) { return m.inner.Write(p) }

// Sum appends the MAC of what was written to in; like a digest's Sum, it
// leaves the message open for more writes.
func (m *mac) Sum(in []byte) []byte {
	n := len(in)
	in = m.inner.Sum(in) // borrow in's tail for the inner digest
	restart(m.outer, m.outerStart, m.outerBlock)
	m.outer.Write(in[n:])
	return m.outer.Sum(in[:n])
}
