package digest

import (
	"bytes"
	"crypto/hmac"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"hash"
	"math/rand/v2"
	"strings"
	"testing"
)

// rep is n copies of byte b, and seq the bytes lo through hi: the keys and
// messages of RFC 2202 and RFC 4231.
func rep(b byte, n int) string { return strings.Repeat(string([]byte{b}), n) }

func seq(lo, hi byte) string {
	var s []byte
	for b := lo; b <= hi; b++ {
		s = append(s, b)
	}
	return string(s)
}

const (
	sha448Bits = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
	sha896Bits = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
)

func TestHashVectors(t *testing.T) {
	millionA := strings.Repeat("a", 1000000)
	tests := []struct {
		newHash func() hash.Hash
		in      string
		want    string
	}{
		// RFC 1321 appendix A.5
		{MD5, "", "d41d8cd98f00b204e9800998ecf8427e"},
		{MD5, "a", "0cc175b9c0f1b6a831c399e269772661"},
		{MD5, "abc", "900150983cd24fb0d6963f7d28e17f72"},
		{MD5, "message digest", "f96b697d7cb7938d525a2f31aaf161d0"},
		{MD5, "abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"},
		{MD5, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"},
		{MD5, strings.Repeat("1234567890", 8), "57edf4a22be3c955ac49da2e2107b67a"},

		// The FIPS 180-4 examples, the NIST long message and the empty one.
		{SHA1, "", "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
		{SHA1, "abc", "a9993e364706816aba3e25717850c26c9cd0d89d"},
		{SHA1, sha448Bits, "84983e441c3bd26ebaae4aa1f95129e5e54670f1"},
		{SHA1, sha896Bits, "a49b2446a02c645bf419f995b67091253a04a259"},
		{SHA1, millionA, "34aa973cd4c4daa4f61eeb2bdbad27316534016f"},
		{SHA256, "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{SHA256, "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{SHA256, sha448Bits, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
		{SHA256, sha896Bits, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
		{SHA256, millionA, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
		{SHA384, "", "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b"},
		{SHA384, "abc", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"},
		{SHA384, sha448Bits, "3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b"},
		{SHA384, sha896Bits, "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039"},
		{SHA384, millionA, "9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985"},
		{SHA512, "", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"},
		{SHA512, "abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"},
		{SHA512, sha448Bits, "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445"},
		{SHA512, sha896Bits, "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"},
		{SHA512, millionA, "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b"},
	}
	for _, tt := range tests {
		h := tt.newHash()
		h.Write([]byte(tt.in))
		if got := hex.EncodeToString(h.Sum(nil)); got != tt.want {
			t.Errorf("%d-byte hash of %.20q... = %s, want %s", h.Size(), tt.in, got, tt.want)
		}
	}
}

func TestHMACVectors(t *testing.T) {
	const (
		rfc4231Case7 = "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm."
		largeKey     = "Test Using Larger Than Block-Size Key - Hash Key First"
		largeKeyData = "Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data"
	)
	tests := []struct {
		newHash   func() hash.Hash
		key, data string
		want      string
	}{
		// RFC 2202
		{MD5, rep(0x0b, 16), "Hi There", "9294727a3638bb1c13f48ef8158bfc9d"},
		{MD5, "Jefe", "what do ya want for nothing?", "750c783e6ab0b503eaa86e310a5db738"},
		{MD5, rep(0xaa, 16), rep(0xdd, 50), "56be34521d144c88dbb8c733f0e8b3f6"},
		{MD5, seq(1, 25), rep(0xcd, 50), "697eaf0aca3a3aea3a75164746ffaa79"},
		{MD5, rep(0x0c, 16), "Test With Truncation", "56461ef2342edc00f9bab995690efd4c"},
		{MD5, rep(0xaa, 80), largeKey, "6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd"},
		{MD5, rep(0xaa, 80), largeKeyData, "6f630fad67cda0ee1fb1f562db3aa53e"},
		{SHA1, rep(0x0b, 20), "Hi There", "b617318655057264e28bc0b6fb378c8ef146be00"},
		{SHA1, "Jefe", "what do ya want for nothing?", "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"},
		{SHA1, rep(0xaa, 20), rep(0xdd, 50), "125d7342b9ac11cd91a39af48aa17b4f63f175d3"},
		{SHA1, seq(1, 25), rep(0xcd, 50), "4c9007f4026250c6bc8414f9bf50c86c2d7235da"},
		{SHA1, rep(0x0c, 20), "Test With Truncation", "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04"},
		{SHA1, rep(0xaa, 80), largeKey, "aa4ae5e15272d00e95705637ce8a3b55ed402112"},
		{SHA1, rep(0xaa, 80), largeKeyData, "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"},

		// RFC 4231, with test case 5 untruncated
		{SHA256, rep(0x0b, 20), "Hi There", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"},
		{SHA256, "Jefe", "what do ya want for nothing?", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},
		{SHA256, rep(0xaa, 20), rep(0xdd, 50), "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"},
		{SHA256, seq(1, 25), rep(0xcd, 50), "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"},
		{SHA256, rep(0x0c, 20), "Test With Truncation", "a3b6167473100ee06e0c796c2955552bfa6f7c0a6a8aef8b93f860aab0cd20c5"},
		{SHA256, rep(0xaa, 131), largeKey, "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"},
		{SHA256, rep(0xaa, 131), rfc4231Case7, "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"},
		{SHA384, rep(0x0b, 20), "Hi There", "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6"},
		{SHA384, "Jefe", "what do ya want for nothing?", "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649"},
		{SHA384, rep(0xaa, 20), rep(0xdd, 50), "88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9febe83ef4e55966144b2a5ab39dc13814b94e3ab6e101a34f27"},
		{SHA384, seq(1, 25), rep(0xcd, 50), "3e8a69b7783c25851933ab6290af6ca77a9981480850009cc5577c6e1f573b4e6801dd23c4a7d679ccf8a386c674cffb"},
		{SHA384, rep(0x0c, 20), "Test With Truncation", "3abf34c3503b2a23a46efc619baef897f4c8e42c934ce55ccbae9740fcbc1af4ca62269e2a37cd88ba926341efe4aeea"},
		{SHA384, rep(0xaa, 131), largeKey, "4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952"},
		{SHA384, rep(0xaa, 131), rfc4231Case7, "6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5a678cc31e799176d3860e6110c46523e"},
		{SHA512, rep(0x0b, 20), "Hi There", "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854"},
		{SHA512, "Jefe", "what do ya want for nothing?", "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"},
		{SHA512, rep(0xaa, 20), rep(0xdd, 50), "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb"},
		{SHA512, seq(1, 25), rep(0xcd, 50), "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3dba91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd"},
		{SHA512, rep(0x0c, 20), "Test With Truncation", "415fad6271580a531d4179bc891d87a650188707922a4fbb36663a1eb16da008711c5b50ddd0fc235084eb9d3364a1454fb2ef67cd1d29fe6773068ea266e96b"},
		{SHA512, rep(0xaa, 131), largeKey, "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598"},
		{SHA512, rep(0xaa, 131), rfc4231Case7, "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58"},
	}
	for _, tt := range tests {
		m := HMAC(tt.newHash, []byte(tt.key))
		m.Write([]byte(tt.data))
		if got := hex.EncodeToString(m.Sum(nil)); got != tt.want {
			t.Errorf("%d-byte HMAC of %.20q with a %d-byte key = %s, want %s", m.Size(), tt.data, len(tt.key), got, tt.want)
		}
	}
}

func TestPBKDF2Vectors(t *testing.T) {
	tests := []struct {
		newHash        func() hash.Hash
		password, salt string
		iter, keyLen   int
		want           string
	}{
		// RFC 6070, without the 16777216-iteration case
		{SHA1, "password", "salt", 1, 20, "0c60c80f961f0e71f3a9b524af6012062fe037a6"},
		{SHA1, "password", "salt", 2, 20, "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"},
		{SHA1, "password", "salt", 4096, 20, "4b007901b765489abead49d926f721d065a429c1"},
		{SHA1, "passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25, "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038"},
		{SHA1, "pass\x00word", "sa\x00lt", 4096, 16, "56fa6aa75548099dcc37d7f03425e0c3"},

		// RFC 7914 section 11
		{SHA256, "passwd", "salt", 1, 64, "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"},
		{SHA256, "Password", "NaCl", 80000, 64, "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"},
	}
	for _, tt := range tests {
		key := PBKDF2(tt.newHash, []byte(tt.password), []byte(tt.salt), tt.iter, tt.keyLen)
		if got := hex.EncodeToString(key); got != tt.want {
			t.Errorf("PBKDF2(%q, %q, %d, %d) = %s, want %s", tt.password, tt.salt, tt.iter, tt.keyLen, got, tt.want)
		}
	}
}

// hashPairs pairs each hash with the standard library's.
var hashPairs = []struct {
	name      string
	ours, std func() hash.Hash
}{
	{"md5", MD5, md5.New},
	{"sha1", SHA1, sha1.New},
	{"sha256", SHA256, sha256.New},
	{"sha384", SHA384, sha512.New384},
	{"sha512", SHA512, sha512.New},
}

// maxRandomLen covers a few blocks of every hash, so messages and keys end
// before, on and after each block boundary and its padding's.
const maxRandomLen = 300

func randomBytes(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.UintN(256))
	}
	return b
}

// splitRandomly cuts b into up to five chunks, some of them empty.
func splitRandomly(rng *rand.Rand, b []byte) [][]byte {
	var chunks [][]byte
	for range rng.IntN(5) {
		cut := rng.IntN(len(b) + 1)
		chunks = append(chunks, b[:cut])
		b = b[cut:]
	}
	return append(chunks, b)
}

// checkAgainst writes msg to ours and std in random chunks, checking after
// each chunk that Sum agrees, appends to its argument and leaves the message
// open; then checks that Reset starts over.
func checkAgainst(t *testing.T, what string, ours, std hash.Hash, rng *rand.Rand, msg []byte) {
	t.Helper()
	if ours.Size() != std.Size() || ours.BlockSize() != std.BlockSize() {
		t.Fatalf("%s: Size, BlockSize = %d, %d; want %d, %d", what, ours.Size(), ours.BlockSize(), std.Size(), std.BlockSize())
	}
	prefix := []byte("prefix")
	for _, chunk := range splitRandomly(rng, msg) {
		ours.Write(chunk)
		std.Write(chunk)
		got := ours.Sum(prefix[:len(prefix):len(prefix)])
		want := std.Sum(prefix[:len(prefix):len(prefix)])
		if !bytes.Equal(got, want) {
			t.Fatalf("%s of %d random bytes: got %x, want %x", what, len(msg), got, want)
		}
	}
	ours.Reset()
	std.Reset()
	ours.Write(msg)
	std.Write(msg)
	if got, want := ours.Sum(nil), std.Sum(nil); !bytes.Equal(got, want) {
		t.Fatalf("%s of %d random bytes after Reset: got %x, want %x", what, len(msg), got, want)
	}
}

func TestHashesMatchStandardLibrary(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	for _, p := range hashPairs {
		for n := range maxRandomLen + 1 {
			checkAgainst(t, p.name, p.ours(), p.std(), rng, randomBytes(rng, n))
		}
	}
}

func TestHMACMatchesStandardLibrary(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 2))
	for _, p := range hashPairs {
		for n := range maxRandomLen + 1 {
			key := randomBytes(rng, rng.IntN(maxRandomLen+1))
			msg := randomBytes(rng, n)
			checkAgainst(t, "HMAC-"+p.name, HMAC(p.ours, key), hmac.New(p.std, key), rng, msg)
			// HMAC also takes hashes from outside the package, which it
			// rekeys by writing the pad block again.
			checkAgainst(t, "HMAC over std "+p.name, HMAC(p.std, key), hmac.New(p.std, key), rng, msg)
		}
	}
}

func TestPBKDF2MatchesStandardLibrary(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	for _, p := range hashPairs {
		for range 100 {
			password := randomBytes(rng, rng.IntN(maxRandomLen+1))
			salt := randomBytes(rng, rng.IntN(maxRandomLen+1))
			iter := rng.IntN(5) - 1
			keyLen := rng.IntN(3*p.ours().Size()+2) - 1
			got := PBKDF2(p.ours, password, salt, iter, keyLen)
			want, _ := pbkdf2.Key(p.std, string(password), salt, iter, keyLen)
			if !bytes.Equal(got, want) || (got == nil) != (want == nil) {
				t.Fatalf("PBKDF2-%s(%d-byte password, %d-byte salt, %d, %d) = %x, want %x",
					p.name, len(password), len(salt), iter, keyLen, got, want)
			}
		}
	}
}

// BenchmarkPBKDF2 derives the key of Node's classic example,
// pbkdf2('secret', 'salt', 100000, 64, 'sha512').
func BenchmarkPBKDF2(b *testing.B) {
	const (
		password = "secret"
		iter     = 100000
		keyLen   = 64
	)
	salt := []byte("salt")
	b.Run("digest", func(b *testing.B) {
		for b.Loop() {
			PBKDF2(SHA512, []byte(password), salt, iter, keyLen)
		}
	})
	b.Run("crypto", func(b *testing.B) {
		for b.Loop() {
			pbkdf2.Key(sha512.New, password, salt, iter, keyLen)
		}
	})
}
