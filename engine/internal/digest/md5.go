package digest

import (
	"encoding/binary"
	"hash"
	"math/bits"
)

// MD5 returns an MD5 hash (RFC 1321).
func MD5() hash.Hash { return newDigest(&md5Alg) }

var md5Alg = algorithm{
	size:         16,
	littleEndian: true,
	init32:       [8]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476},
	compression:  md5Compression,
}

// md5T is RFC 1321's table: md5T[i] is the integer part of 2^32·|sin(i+1)|.
var md5T = [64]uint32{
	0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
	0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
	0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
	0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
	0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
	0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
	0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
	0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
}

// md5Shift[r] holds the rotations of round r's steps, which repeat every four steps.
var md5Shift = [4][4]int{
	{7, 12, 17, 22},
	{5, 9, 14, 20},
	{4, 11, 16, 23},
	{6, 10, 15, 21},
}

// md5Compress runs RFC 1321 section 3.4 on each 64-byte block: four rounds
// of sixteen steps, each round with its own function of b, c, d and its own
// order of the block's words.
func md5Compress(state *[8]uint32, blocks []byte) {
	var x [16]uint32
	for len(blocks) >= blockSize32 {
		for i := range x {
			x[i] = binary.LittleEndian.Uint32(blocks[4*i:])
		}
		a, b, c, d := state[0], state[1], state[2], state[3]
		for i := range 16 { // F(b, c, d) = b ? c : d
			f := d ^ (b & (c ^ d))
			a, b, c, d = d, b+bits.RotateLeft32(a+f+x[i]+md5T[i], md5Shift[0][i%4]), b, c
		}
		for i := range 16 { // G(b, c, d) = d ? b : c
			f := c ^ (d & (b ^ c))
			a, b, c, d = d, b+bits.RotateLeft32(a+f+x[(1+5*i)%16]+md5T[16+i], md5Shift[1][i%4]), b, c
		}
		for i := range 16 { // H(b, c, d) = b xor c xor d
			f := b ^ c ^ d
			a, b, c, d = d, b+bits.RotateLeft32(a+f+x[(5+3*i)%16]+md5T[32+i], md5Shift[2][i%4]), b, c
		}
		for i := range 16 { // I(b, c, d) = c xor (b or not d)
			f := c ^ (b | ^d)
			a, b, c, d = d, b+bits.RotateLeft32(a+f+x[(7*i)%16]+md5T[48+i], md5Shift[3][i%4]), b, c
		}
		state[0] += a
		state[1] += b
		state[2] += c
		state[3] += d
		blocks = blocks[blockSize32:]
	}
}
