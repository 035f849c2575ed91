package digest

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

// SHA512 returns a SHA-512 hash (FIPS 180-4).
func SHA512() hash.Hash { return newDigest(&sha512Alg) }

// SHA384 returns a SHA-384 hash (FIPS 180-4): SHA-512 from other initial
// values, cut to 48 bytes.
func SHA384() hash.Hash { return newDigest(&sha384Alg) }

var sha512Alg = algorithm{
	size: 64,
	wide: true,
	// The first 64 bits of the fractional parts of the square roots of the
	// first eight primes.
	init64: [8]uint64{
		0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
		0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
	},
	compression: sha512Compression,
}

var sha384Alg = algorithm{
	size: 48,
	wide: true,
	// The first 64 bits of the fractional parts of the square roots of the
	// ninth through sixteenth primes.
	init64: [8]uint64{
		0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
		0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
	},
	compression: sha512Compression,
}

// sha512K holds the first 64 bits of the fractional parts of the cube roots
// of the first 80 primes.
var sha512K = [80]uint64{
	0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
	0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
	0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
	0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
	0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
	0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
	0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
	0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
	0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
	0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
	0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
	0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
	0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
	0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
	0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
	0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
	0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
	0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
	0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
	0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
}

// FIPS 180-4's Σ0, Σ1, σ0 and σ1 for 64-bit words (section 4.1.3).
func sha512Rotate0(x uint64) uint64 {
	return bits.RotateLeft64(x, -28) ^ bits.RotateLeft64(x, -34) ^ bits.RotateLeft64(x, -39)
}

func sha512Rotate1(x uint64) uint64 {
	return bits.RotateLeft64(x, -14) ^ bits.RotateLeft64(x, -18) ^ bits.RotateLeft64(x, -41)
}

func sha512Schedule0(x uint64) uint64 {
	return bits.RotateLeft64(x, -1) ^ bits.RotateLeft64(x, -8) ^ x>>7
}

func sha512Schedule1(x uint64) uint64 {
	return bits.RotateLeft64(x, -19) ^ bits.RotateLeft64(x, -61) ^ x>>6
}

// sha512Round is one round of section 6.4.2 step 3 with the constant and
// schedule word summed in kw. It returns the new d and h; the caller renames
// the variables for the next round.
func sha512Round(a, b, c, d, e, f, g, h, kw uint64) (uint64, uint64) {
	t1 := h + sha512Rotate1(e) + (g ^ (e & (f ^ g))) + kw // Ch(e, f, g)
	t2 := sha512Rotate0(a) + ((a & b) | (c & (a | b)))    // Maj(a, b, c)
	return d + t1, t1 + t2
}

// sha512Compress runs FIPS 180-4 section 6.4.2 on each 128-byte block.
func sha512Compress(state *[8]uint64, blocks []byte) {
	var w [80]uint64
	for len(blocks) >= blockSize64 {
		for t := range 16 {
			w[t] = binary.BigEndian.Uint64(blocks[8*t:])
		}
		for t := 16; t < 80; t++ {
			w[t] = sha512Schedule1(w[t-2]) + w[t-7] + sha512Schedule0(w[t-15]) + w[t-16]
		}
		a, b, c, d, e, f, g, h := state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
		// Eight rounds per pass, each naming the working variables one place
		// further on, instead of shifting all eight down after every round:
		// the saved moves make PBKDF2-SHA512 about 6% faster.
		for t := 0; t < 80; t += 8 {
			d, h = sha512Round(a, b, c, d, e, f, g, h, sha512K[t]+w[t])
			c, g = sha512Round(h, a, b, c, d, e, f, g, sha512K[t+1]+w[t+1])
			b, f = sha512Round(g, h, a, b, c, d, e, f, sha512K[t+2]+w[t+2])
			a, e = sha512Round(f, g, h, a, b, c, d, e, sha512K[t+3]+w[t+3])
			h, d = sha512Round(e, f, g, h, a, b, c, d, sha512K[t+4]+w[t+4])
			g, c = sha512Round(d, e, f, g, h, a, b, c, sha512K[t+5]+w[t+5])
			f, b = sha512Round(c, d, e, f, g, h, a, b, sha512K[t+6]+w[t+6])
			e, a = sha512Round(b, c, d, e, f, g, h, a, sha512K[t+7]+w[t+7])
		}
		state[0] += a
		state[1] += b
		state[2] += c
		state[3] += d
		state[4] += e
		state[5] += f
		state[6] += g
		state[7] += h
		blocks = blocks[blockSize64:]
	}
}
