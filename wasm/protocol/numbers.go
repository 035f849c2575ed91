package protocol

import "strconv"

// Numbers without strconv's floating-point code: the UI reads and prints
// only short decimals (virtual milliseconds, speeds), and leaving out
// strconv's float tables keeps the page's WebAssembly smaller.

// Fixed formats v with n decimals (0 to 6), rounding half away from zero.
func Fixed(v float64, n int) string {
	n = max(0, min(n, 6))
	scale := int64(1)
	for range n {
		scale *= 10
	}
	neg := v < 0
	if neg {
		v = -v
	}
	x := int64(v*float64(scale) + 0.5)
	s := strconv.FormatInt(x/scale, 10)
	if n > 0 {
		s += "." + strconv.FormatInt(x%scale+scale, 10)[1:]
	}
	if neg && x != 0 {
		s = "-" + s
	}
	return s
}

// pow10 are the powers of ten a float64 holds exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// parseNumber reads a JSON number. Up to 15 significant digits with an
// exponent of at most 22 either way (everything the worker sends) it is
// exact: one multiplication or division of two exactly held values is
// correctly rounded. Longer numbers come out within an ulp or two.
func parseNumber(s string) (float64, bool) {
	i, neg := 0, false
	if i < len(s) && s[i] == '-' {
		neg, i = true, i+1
	}
	var mant uint64
	digits, exp, any := 0, 0, false
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		any = true
		if digits < 19 {
			mant = mant*10 + uint64(s[i]-'0')
			if mant != 0 {
				digits++
			}
		} else {
			exp++
		}
	}
	if i < len(s) && s[i] == '.' {
		i++
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			any = true
			if digits < 19 {
				mant = mant*10 + uint64(s[i]-'0')
				if mant != 0 {
					digits++
				}
				exp--
			}
		}
	}
	if !any {
		return 0, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg, i = s[i] == '-', i+1
		}
		e, ok := 0, false
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			ok = true
			if e < 10000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		if !ok {
			return 0, false
		}
		if eneg {
			e = -e
		}
		exp += e
	}
	if i != len(s) {
		return 0, false
	}
	f := float64(mant)
	for exp > 22 {
		f *= 1e22
		exp -= 22
	}
	for exp < -22 {
		f /= 1e22
		exp += 22
	}
	if exp >= 0 {
		f *= pow10[exp]
	} else {
		f /= pow10[-exp]
	}
	if neg {
		f = -f
	}
	return f, true
}
