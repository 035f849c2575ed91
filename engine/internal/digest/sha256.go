package digest

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

// SHA256 returns a SHA-256 hash (FIPS 180-4).
func SHA256() hash.Hash { return newDigest(&sha256Alg) }

var sha256Alg = algorithm{
	size: 32,
	// The first 32 bits of the fractional parts of the square roots of the
	// first eight primes.
	init32: [8]uint32{
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
	},
	compression: sha256Compression,
}

// sha256K holds the first 32 bits of the fractional parts of the cube roots
// of the first 64 primes.
var sha256K = [64]uint32{
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}

// FIPS 180-4's Σ0 and Σ1, which mix the working variables a and e, and σ0
// and σ1, which expand the message schedule (section 4.1.2).
func sha256Rotate0(x uint32) uint32 {
	return bits.RotateLeft32(x, -2) ^ bits.RotateLeft32(x, -13) ^ bits.RotateLeft32(x, -22)
}

func sha256Rotate1(x uint32) uint32 {
	return bits.RotateLeft32(x, -6) ^ bits.RotateLeft32(x, -11) ^ bits.RotateLeft32(x, -25)
}

func sha256Schedule0(x uint32) uint32 {
	return bits.RotateLeft32(x, -7) ^ bits.RotateLeft32(x, -18) ^ x>>3
}

func sha256Schedule1(x uint32) uint32 {
	return bits.RotateLeft32(x, -17) ^ bits.RotateLeft32(x, -19) ^ x>>10
}

// sha256Round is one round of section 6.2.2 step 3 with the constant and
// schedule word summed in kw. It returns the new d and h; the caller renames
// the variables for the next round.
func sha256Round(a, b, c, d, e, f, g, h, kw uint32) (uint32, uint32) {
	t1 := h + sha256Rotate1(e) + (g ^ (e & (f ^ g))) + kw // Ch(e, f, g)
	t2 := sha256Rotate0(a) + ((a & b) | (c & (a | b)))    // Maj(a, b, c)
	return d + t1, t1 + t2
}

// sha256Compress runs FIPS 180-4 section 6.2.2 on each 64-byte block.
func sha256Compress(state *[8]uint32, blocks []byte) {
	var w [64]uint32
	for len(blocks) >= blockSize32 {
		for t := range 16 {
			w[t] = binary.BigEndian.Uint32(blocks[4*t:])
		}
		for t := 16; t < 64; t++ {
			w[t] = sha256Schedule1(w[t-2]) + w[t-7] + sha256Schedule0(w[t-15]) + w[t-16]
		}
		a, b, c, d, e, f, g, h := state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
		// Eight rounds per pass, as in sha512Compress.
		for t := 0; t < 64; t += 8 {
			d, h = sha256Round(a, b, c, d, e, f, g, h, sha256K[t]+w[t])
			c, g = sha256Round(h, a, b, c, d, e, f, g, sha256K[t+1]+w[t+1])
			b, f = sha256Round(g, h, a, b, c, d, e, f, sha256K[t+2]+w[t+2])
			a, e = sha256Round(f, g, h, a, b, c, d, e, sha256K[t+3]+w[t+3])
			h, d = sha256Round(e, f, g, h, a, b, c, d, sha256K[t+4]+w[t+4])
			g, c = sha256Round(d, e, f, g, h, a, b, c, sha256K[t+5]+w[t+5])
			f, b = sha256Round(c, d, e, f, g, h, a, b, sha256K[t+6]+w[t+6])
			e, a = sha256Round(b, c, d, e, f, g, h, a, sha256K[t+7]+w[t+7])
		}
		state[0] += a
		state[1] += b
		state[2] += c
		state[3] += d
		state[4] += e
		state[5] += f
		state[6] += g
		state[7] += h
		blocks = blocks[blockSize32:]
	}
}
