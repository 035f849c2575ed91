package engine

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/dop251/goja"

	"looplab/engine/internal/digest"
)

// CPU-heavy crypto runs on the thread pool. Its cost model: a pbkdf2
// iteration takes pbkdf2IterCost per block of output (so the classic
// pbkdf2('secret', 'salt', 100000, 64, 'sha512') takes 100 ms, a few
// times real Node on a fast machine); randomBytes takes randomCost.
const (
	pbkdf2IterCost = int64(time.Microsecond)
	randomCost     = 50 * int64(time.Microsecond)
)

var hashes = map[string]struct {
	new  func() hash.Hash
	size int
}{
	"md5":    {digest.MD5, 16},
	"sha1":   {digest.SHA1, 20},
	"sha256": {digest.SHA256, 32},
	"sha384": {digest.SHA384, 48},
	"sha512": {digest.SHA512, 64},
}

// cryptoModule builds require('crypto').
func (n *node) cryptoModule() goja.Value {
	vm := n.vm
	m := vm.NewObject()
	rng := rand.New(rand.NewPCG(n.opts.Seed, 0x63727970746f)) // "crypto"
	randomBytes := func(size int) []byte {
		b := make([]byte, size)
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
		return b
	}
	buffer := func(b []byte) goja.Value {
		v, err := n.bufferFrom(vm.ToValue(vm.NewArrayBuffer(b)))
		if err != nil {
			panic(err)
		}
		return v
	}
	bytesOf := func(v goja.Value, enc goja.Value) []byte {
		if o, ok := v.(*goja.Object); ok && o.Get("BYTES_PER_ELEMENT") != nil {
			return exportBytes(vm, o)
		}
		s := v.String()
		switch strings.ToLower(enc.String()) {
		case "hex":
			b, _ := hex.DecodeString(s)
			return b
		case "base64":
			b, _ := base64.StdEncoding.DecodeString(s)
			return b
		}
		return []byte(s)
	}
	digestName := func(v goja.Value) string {
		name := strings.ToLower(strings.ReplaceAll(v.String(), "-", ""))
		if _, ok := hashes[name]; !ok {
			n.throwNodeError("TypeError", "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: "+v.String())
		}
		return name
	}

	m.Set("pbkdf2", func(c goja.FunctionCall) goja.Value {
		password := bytesOf(c.Argument(0), goja.Undefined())
		salt := bytesOf(c.Argument(1), goja.Undefined())
		iter := int(c.Argument(2).ToInteger())
		keylen := int(c.Argument(3).ToInteger())
		h := hashes[digestName(c.Argument(4))]
		cb := c.Argument(5)
		n.validateFunction(cb, "callback")
		blocks := (keylen + h.size - 1) / h.size
		job := n.newJob(Job{Kind: JobThreadPool, API: "crypto.pbkdf2", Label: n.funcLabel(cb)})
		n.emitJob(KindAPIStart, QueueNone, job)
		n.submit(poolWork{job: job, duration: int64(iter*max(blocks, 1)) * pbkdf2IterCost, done: func() func() *goja.Exception {
			key := digest.PBKDF2(h.new, password, salt, iter, keylen)
			return func() *goja.Exception {
				_, exc := n.callVia(viaPBKDF2, cb, goja.Undefined(), goja.Null(), buffer(key))
				return exc
			}
		}})
		return goja.Undefined()
	})
	m.Set("pbkdf2Sync", func(c goja.FunctionCall) goja.Value {
		password := bytesOf(c.Argument(0), goja.Undefined())
		salt := bytesOf(c.Argument(1), goja.Undefined())
		iter := int(c.Argument(2).ToInteger())
		keylen := int(c.Argument(3).ToInteger())
		h := hashes[digestName(c.Argument(4))]
		blocks := (keylen + h.size - 1) / h.size
		n.advance(int64(iter*max(blocks, 1)) * pbkdf2IterCost)
		key := digest.PBKDF2(h.new, password, salt, iter, keylen)
		return buffer(key)
	})
	m.Set("randomBytes", func(c goja.FunctionCall) goja.Value {
		size := int(c.Argument(0).ToInteger())
		cb := c.Argument(1)
		if _, ok := goja.AssertFunction(cb); !ok {
			n.advance(randomCost)
			return buffer(randomBytes(size))
		}
		job := n.newJob(Job{Kind: JobThreadPool, API: "crypto.randomBytes", Label: n.funcLabel(cb)})
		n.emitJob(KindAPIStart, QueueNone, job)
		n.submit(poolWork{job: job, duration: randomCost, done: func() func() *goja.Exception {
			b := randomBytes(size)
			return func() *goja.Exception {
				_, exc := n.callVia(viaRandom, cb, goja.Undefined(), goja.Null(), buffer(b))
				return exc
			}
		}})
		return goja.Undefined()
	})
	m.Set("randomUUID", func(goja.FunctionCall) goja.Value {
		b := randomBytes(16)
		b[6] = b[6]&0x0f | 0x40
		b[8] = b[8]&0x3f | 0x80
		return vm.ToValue(fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16]))
	})
	m.Set("randomInt", func(c goja.FunctionCall) goja.Value {
		lo, hi := int64(0), c.Argument(0).ToInteger()
		if len(c.Arguments) > 1 {
			if _, ok := goja.AssertFunction(c.Argument(1)); !ok {
				lo, hi = hi, c.Argument(1).ToInteger()
			}
		}
		if hi <= lo {
			n.throwNodeError("RangeError", "ERR_OUT_OF_RANGE", "The value of \"max\" is out of range. It must be greater than the value of \"min\" ("+itoa(lo)+"). Received "+itoa(hi))
		}
		return vm.ToValue(lo + int64(rng.Uint64N(uint64(hi-lo))))
	})
	newDigester := func(h hash.Hash) *goja.Object {
		o := vm.NewObject()
		o.Set("update", func(c goja.FunctionCall) goja.Value {
			h.Write(bytesOf(c.Argument(0), c.Argument(1)))
			return o
		})
		o.Set("digest", func(c goja.FunctionCall) goja.Value {
			sum := h.Sum(nil)
			switch strings.ToLower(c.Argument(0).String()) {
			case "hex":
				return vm.ToValue(hex.EncodeToString(sum))
			case "base64":
				return vm.ToValue(base64.StdEncoding.EncodeToString(sum))
			case "base64url":
				return vm.ToValue(base64.RawURLEncoding.EncodeToString(sum))
			}
			return buffer(sum)
		})
		return o
	}
	m.Set("createHash", func(c goja.FunctionCall) goja.Value {
		return newDigester(hashes[digestName(c.Argument(0))].new())
	})
	m.Set("createHmac", func(c goja.FunctionCall) goja.Value {
		h := hashes[digestName(c.Argument(0))]
		return newDigester(digest.HMAC(h.new, bytesOf(c.Argument(1), goja.Undefined())))
	})
	m.Set("getHashes", func(goja.FunctionCall) goja.Value {
		return vm.ToValue([]string{"md5", "sha1", "sha256", "sha384", "sha512"})
	})
	m.Set("webcrypto", vm.NewObject())
	return nameMethods(vm, m)
}
