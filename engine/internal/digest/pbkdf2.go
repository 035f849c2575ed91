package digest

import (
	"encoding/binary"
	"hash"
)

// maxPBKDF2Blocks is the most blocks of output RFC 8018 section 5.2 allows,
// since a block's index is a 32-bit counter.
const maxPBKDF2Blocks = 1<<32 - 1

// PBKDF2 derives keyLen bytes from password and salt with iter rounds of
// HMAC over newHash (RFC 8018 section 5.2). An iter below 1 counts as 1.
// Where crypto/pbkdf2.Key fails (keyLen not positive, or over 2^32-1 hash
// lengths), PBKDF2 returns nil, as does Key along with its error.
func PBKDF2(newHash func() hash.Hash, password, salt []byte, iter, keyLen int) []byte {
	if keyLen <= 0 {
		return nil
	}
	prf := HMAC(newHash, password)
	hashLen := prf.Size()
	blocks := (int64(keyLen) + int64(hashLen) - 1) / int64(hashLen)
	if blocks > maxPBKDF2Blocks {
		return nil
	}
	key := make([]byte, 0, int(blocks)*hashLen)
	u := make([]byte, 0, hashLen)
	for i := int64(1); i <= blocks; i++ {
		key = appendPBKDF2Block(key, prf, salt, uint32(i), iter, u)
	}
	return key[:keyLen]
}

// appendPBKDF2Block appends block i of the key, the XOR of U_1 ... U_iter
// where U_1 = PRF(salt || i) and U_j = PRF(U_(j-1)). u is scratch space.
func appendPBKDF2Block(key []byte, prf hash.Hash, salt []byte, i uint32, iter int, u []byte) []byte {
	prf.Reset()
	prf.Write(salt)
	var index [4]byte
	binary.BigEndian.PutUint32(index[:], i)
	prf.Write(index[:])
	start := len(key)
	key = prf.Sum(key)
	block := key[start:]
	u = append(u[:0], block...)
	for range iter - 1 {
		prf.Reset()
		prf.Write(u)
		u = prf.Sum(u[:0])
		for k := range block {
			block[k] ^= u[k]
		}
	}
	return key
}
