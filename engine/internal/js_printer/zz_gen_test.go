package js_printer

import (
	"os"
	"strconv"
	"testing"
)

func TestZZGenMany(t *testing.T) {
	n := os.Getenv("GENMANY")
	if n == "" {
		t.Skip()
	}
	genCount, _ = strconv.ParseInt(n, 10, 64)
	for seed := int64(2); seed < 12; seed++ {
		genSeed = seed
		TestPrintGenerated(t)
	}
}
