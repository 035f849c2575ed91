package js_ast

import "testing"

func TestPosition(t *testing.T) {
	// Line terminators: \n, \r\n, \r, U+2028, U+2029. "😀" is four bytes
	// and two UTF-16 units; "é" is two bytes and one unit.
	src := NewSource("t.js", "ab\ncd\r\nef\rg\u2028h\u2029é😀x")
	tests := []struct {
		offset    int32
		line, col int
	}{
		{0, 1, 1}, {1, 1, 2}, {2, 1, 3},
		{3, 2, 1}, {5, 2, 3}, {6, 2, 4}, // offset 6 is the \n of \r\n
		{7, 3, 1}, {10, 4, 1}, {11, 4, 2},
		{14, 5, 1}, {15, 5, 2},
		{18, 6, 1}, // é
		{20, 6, 2}, // 😀
		{24, 6, 4}, // x
		{25, 6, 5}, // end of text
		{99, 6, 5}, // clamped
	}
	for _, tt := range tests {
		line, col := src.Position(tt.offset)
		if line != tt.line || col != tt.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", tt.offset, line, col, tt.line, tt.col)
		}
	}
}

func BenchmarkPosition(b *testing.B) {
	text := make([]byte, 0, 1<<20)
	for len(text) < 1<<20 {
		text = append(text, "let é = '😀';\n"...)
	}
	src := NewSource("t.js", string(text))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		src.Position(int32(i*7919) % int32(len(text)))
	}
}
