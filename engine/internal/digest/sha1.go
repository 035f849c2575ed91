package digest

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

// SHA1 returns a SHA-1 hash (FIPS 180-4).
func SHA1() hash.Hash { return newDigest(&sha1Alg) }

var sha1Alg = algorithm{
	size:        20,
	init32:      [8]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0},
	compression: sha1Compression,
}

// The constants of SHA-1's four stages of twenty rounds: the integer parts
// of 2^30 times the square roots of 2, 3, 5 and 10.
const (
	sha1K0 = 0x5a827999
	sha1K1 = 0x6ed9eba1
	sha1K2 = 0x8f1bbcdc
	sha1K3 = 0xca62c1d6
)

// sha1Compress runs FIPS 180-4 section 6.1.2 on each 64-byte block.
func sha1Compress(state *[8]uint32, blocks []byte) {
	var w [80]uint32
	for len(blocks) >= blockSize32 {
		for t := range 16 {
			w[t] = binary.BigEndian.Uint32(blocks[4*t:])
		}
		for t := 16; t < 80; t++ {
			w[t] = bits.RotateLeft32(w[t-3]^w[t-8]^w[t-14]^w[t-16], 1)
		}
		a, b, c, d, e := state[0], state[1], state[2], state[3], state[4]
		for t := 0; t < 20; t++ {
			f := d ^ (b & (c ^ d)) // Ch(b, c, d)
			a, b, c, d, e = bits.RotateLeft32(a, 5)+f+e+sha1K0+w[t], a, bits.RotateLeft32(b, 30), c, d
		}
		for t := 20; t < 40; t++ {
			f := b ^ c ^ d // Parity(b, c, d)
			a, b, c, d, e = bits.RotateLeft32(a, 5)+f+e+sha1K1+w[t], a, bits.RotateLeft32(b, 30), c, d
		}
		for t := 40; t < 60; t++ {
			f := (b & c) | (d & (b | c)) // Maj(b, c, d)
			a, b, c, d, e = bits.RotateLeft32(a, 5)+f+e+sha1K2+w[t], a, bits.RotateLeft32(b, 30), c, d
		}
		for t := 60; t < 80; t++ {
			f := b ^ c ^ d // Parity(b, c, d)
			a, b, c, d, e = bits.RotateLeft32(a, 5)+f+e+sha1K3+w[t], a, bits.RotateLeft32(b, 30), c, d
		}
		state[0] += a
		state[1] += b
		state[2] += c
		state[3] += d
		state[4] += e
		blocks = blocks[blockSize32:]
	}
}
