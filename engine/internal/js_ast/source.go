package js_ast

import (
	"sort"
	"unicode/utf8"
)

// Source is the text of one script and the index that turns byte offsets
// into the line:column positions that editors and Node show.
//
// Columns count UTF-16 code units, as JavaScript engines and editors do, so a
// character outside the Basic Multilingual Plane counts as two columns while
// it takes four bytes in Text.
type Source struct {
	Name string
	Text string

	// lineStarts[i] is the byte offset where line i+1 begins.
	lineStarts []int32
	// Byte offsets alone would overcount columns on lines with non-ASCII
	// text. For each non-ASCII character, wideEnds holds the byte offset
	// just after it and wideExtra the running total, up to and including it,
	// of (bytes - UTF-16 units). Subtracting two running totals gives the
	// correction for any span in O(log n).
	wideEnds  []int32
	wideExtra []int32
}

// NewSource indexes text once so that Position is cheap afterwards.
func NewSource(name, text string) *Source {
	s := &Source{Name: name, Text: text, lineStarts: []int32{0}}
	extra := int32(0)
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch c {
			case '\n':
				s.lineStarts = append(s.lineStarts, int32(i))
			case '\r':
				if i < len(text) && text[i] == '\n' {
					i++ // \r\n is one line terminator
				}
				s.lineStarts = append(s.lineStarts, int32(i))
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		units := int32(1)
		if r >= 0x10000 {
			units = 2
		}
		extra += int32(size) - units
		s.wideEnds = append(s.wideEnds, int32(i))
		s.wideExtra = append(s.wideExtra, extra)
		if r == 0x2028 || r == 0x2029 {
			s.lineStarts = append(s.lineStarts, int32(i))
		}
	}
	return s
}

// Position returns the 1-based line and the 1-based UTF-16 column of a byte
// offset. Offsets past the end are clamped to the end of the text.
func (s *Source) Position(offset int32) (line, col int) {
	if offset < 0 {
		offset = 0
	}
	if int(offset) > len(s.Text) {
		offset = int32(len(s.Text))
	}
	// The last line start that is <= offset.
	i := sort.Search(len(s.lineStarts), func(i int) bool { return s.lineStarts[i] > offset }) - 1
	start := s.lineStarts[i]
	return i + 1, int(offset-start-(s.extraBefore(offset)-s.extraBefore(start))) + 1
}

// extraBefore is the running (bytes - UTF-16 units) total of all non-ASCII
// characters that end at or before offset.
func (s *Source) extraBefore(offset int32) int32 {
	j := sort.Search(len(s.wideEnds), func(j int) bool { return s.wideEnds[j] > offset })
	if j == 0 {
		return 0
	}
	return s.wideExtra[j-1]
}
