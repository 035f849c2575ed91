// Package digest implements the hashes behind the simulated Node crypto
// module: MD5 (RFC 1321), SHA-1, SHA-256, SHA-384 and SHA-512 (FIPS 180-4),
// HMAC (RFC 2104) and PBKDF2 (RFC 8018). Their outputs equal those of
// crypto/md5, crypto/sha1, crypto/sha256, crypto/sha512, crypto/hmac and
// crypto/pbkdf2.
//
// It exists so that the WebAssembly build links no crypto/... package: since
// Go 1.24 importing any of them brings in the whole FIPS 140 module (DRBG,
// AES, GCM, SHA-3), and dropping them made the brotli-compressed worker about
// 30 KB smaller. The code is plain Go with no assembly and no constant-time
// care: it computes what a snippet asks the simulator for and protects no
// secret.
package digest

import (
	"encoding/binary"
	"hash"
)

const (
	blockSize32 = 64  // MD5, SHA-1 and SHA-256 work on 512-bit blocks of 32-bit words
	blockSize64 = 128 // SHA-384 and SHA-512 work on 1024-bit blocks of 64-bit words

	// The padding appends a 1 bit (the byte 0x80), zeros, then the message
	// length in bits: a 64-bit field, or a 128-bit one for 64-bit words.
	padByte      = 0x80
	lengthSize32 = 8
	lengthSize64 = 16
)

// An algorithm is what differs between the hash functions; a digest holds
// the running state of one of them.
type algorithm struct {
	size         int  // bytes of output
	wide         bool // 64-bit words: SHA-384 and SHA-512
	littleEndian bool // MD5 reads and writes words little-endian; the SHAs big-endian
	init32       [8]uint32
	init64       [8]uint64
	compression  compression
}

// A compression names the function that folds blocks into the chaining
// value.
type compression int

const (
	md5Compression compression = iota
	sha1Compression
	sha256Compression
	sha512Compression
)

type digest struct {
	alg    *algorithm
	h32    [8]uint32 // chaining value, unless alg.wide
	h64    [8]uint64 // chaining value, if alg.wide
	buf    [blockSize64]byte
	nbuf   int    // bytes of buf holding a partial block
	length uint64 // bytes written since Reset
}

func newDigest(alg *algorithm) hash.Hash {
	d := &digest{alg: alg}
	d.Reset()
	return d
}

func (d *digest) Size() int { return d.alg.size }

func (d *digest) BlockSize() int {
	if d.alg.wide {
		return blockSize64
	}
	return blockSize32
}

func (d *digest) Reset() {
	d.h32 = d.alg.init32
	d.h64 = d.alg.init64
	d.nbuf = 0
	d.length = 0
}

// compress folds whole blocks into the chaining value. It switches rather
// than call a function field so that escape analysis, which cannot see
// through an indirect call, keeps Sum's copy of the digest off the heap.
func (d *digest) compress(blocks []byte) {
	switch d.alg.compression {
	case md5Compression:
		md5Compress(&d.h32, blocks)
	case sha1Compression:
		sha1Compress(&d.h32, blocks)
	case sha256Compression:
		sha256Compress(&d.h32, blocks)
	case sha512Compression:
		sha512Compress(&d.h64, blocks)
	}
}

// Write never fails.
func (d *digest) Write(p []byte) (int, error) {
	n := len(p)
	d.length += uint64(n)
	bs := d.BlockSize()
	if d.nbuf > 0 {
		k := copy(d.buf[d.nbuf:bs], p)
		d.nbuf += k
		p = p[k:]
		if d.nbuf < bs {
			return n, nil
		}
		d.compress(d.buf[:bs])
		d.nbuf = 0
	}
	if whole := len(p) - len(p)%bs; whole > 0 {
		d.compress(p[:whole])
		p = p[whole:]
	}
	d.nbuf = copy(d.buf[:], p)
	return n, nil
}

// Sum appends the digest of what was written to in. It pads a copy, so d
// can go on taking writes.
func (d *digest) Sum(in []byte) []byte {
	final := *d
	final.pad()
	return final.appendValue(in)
}

// pad ends the message as FIPS 180-4 section 5.1 (and RFC 1321 section 3.1-3.2)
// say, leaving the digest in the chaining value.
func (d *digest) pad() {
	bs, ls := blockSize32, lengthSize32
	if d.alg.wide {
		bs, ls = blockSize64, lengthSize64
	}
	d.buf[d.nbuf] = padByte
	d.nbuf++
	if d.nbuf > bs-ls { // no room left for the length in this block
		clear(d.buf[d.nbuf:bs])
		d.compress(d.buf[:bs])
		d.nbuf = 0
	}
	// The length in bits never exceeds 67 bits here, so a 128-bit field's
	// high 64 bits hold at most the 3 bits shifted out of the low ones.
	clear(d.buf[d.nbuf : bs-8])
	if ls == lengthSize64 {
		binary.BigEndian.PutUint64(d.buf[bs-16:], d.length>>61)
	}
	if d.alg.littleEndian {
		binary.LittleEndian.PutUint64(d.buf[bs-8:], d.length<<3)
	} else {
		binary.BigEndian.PutUint64(d.buf[bs-8:], d.length<<3)
	}
	d.compress(d.buf[:bs])
	d.nbuf = 0
}

// appendValue appends the first alg.size bytes of the chaining value.
func (d *digest) appendValue(in []byte) []byte {
	switch {
	case d.alg.wide:
		for _, w := range d.h64[:d.alg.size/8] {
			in = binary.BigEndian.AppendUint64(in, w)
		}
	case d.alg.littleEndian:
		for _, w := range d.h32[:d.alg.size/4] {
			in = binary.LittleEndian.AppendUint32(in, w)
		}
	default:
		for _, w := range d.h32[:d.alg.size/4] {
			in = binary.BigEndian.AppendUint32(in, w)
		}
	}
	return in
}
