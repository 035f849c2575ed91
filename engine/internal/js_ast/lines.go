package js_ast

import "strings"

// LineText returns the text of a 1-based line, without its terminator.
func (s *Source) LineText(line int) string {
	if line < 1 || line > len(s.lineStarts) {
		return ""
	}
	start := s.lineStarts[line-1]
	end := int32(len(s.Text))
	if line < len(s.lineStarts) {
		end = s.lineStarts[line]
	}
	return strings.TrimRight(s.Text[start:end], "\r\n\u2028\u2029")
}

// Lines is the number of lines in the source.
func (s *Source) Lines() int { return len(s.lineStarts) }
