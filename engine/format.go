package engine

import "strconv"

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// ftoa3 prints v with at most three decimals and no trailing zeros.
func ftoa3(v float64) string {
	s := strconv.FormatFloat(v, 'f', 3, 64)
	for len(s) > 0 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	if len(s) > 0 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}
