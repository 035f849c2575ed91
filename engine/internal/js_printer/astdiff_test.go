package js_printer

import (
	"fmt"
	"reflect"

	"looplab/engine/internal/js_ast"
)

var (
	rangeType  = reflect.TypeOf(js_ast.Range{})
	numberType = reflect.TypeOf(js_ast.NumberLit{})
)

// astDiff compares two trees for meaning: positions are ignored, and so
// are parentheses (ParenExpr), which the printer may add or keep, and the
// spelling of numbers (the printer may normalize 08 to 8). It returns ""
// when they match, else where they first differ.
func astDiff(a, b any) string {
	return diffValue(reflect.ValueOf(a), reflect.ValueOf(b), "")
}

func unwrapParen(v reflect.Value) reflect.Value {
	for v.IsValid() && v.Kind() == reflect.Interface && !v.IsNil() {
		pe, ok := v.Interface().(*js_ast.ParenExpr)
		if !ok {
			break
		}
		v = reflect.ValueOf(&pe.X).Elem()
	}
	return v
}

func diffValue(a, b reflect.Value, path string) string {
	a, b = unwrapParen(a), unwrapParen(b)
	if a.Kind() != b.Kind() {
		return fmt.Sprintf("%s: kind %v vs %v", path, a.Kind(), b.Kind())
	}
	switch a.Kind() {
	case reflect.Interface, reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return fmt.Sprintf("%s: nil mismatch", path)
			}
			return ""
		}
		if a.Kind() == reflect.Interface && a.Elem().Type() != b.Elem().Type() {
			return fmt.Sprintf("%s: %v vs %v", path, a.Elem().Type(), b.Elem().Type())
		}
		return diffValue(a.Elem(), b.Elem(), path)
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			f := a.Type().Field(i)
			if f.Type == rangeType || f.Name == "Raw" && a.Type() == numberType {
				continue
			}
			if d := diffValue(a.Field(i), b.Field(i), path+"."+f.Name); d != "" {
				return d
			}
		}
		return ""
	case reflect.Slice:
		// nil and empty slices mean the same (new X and new X()).
		if a.Len() != b.Len() {
			return fmt.Sprintf("%s: length %d vs %d", path, a.Len(), b.Len())
		}
		for i := 0; i < a.Len(); i++ {
			if d := diffValue(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i)); d != "" {
				return d
			}
		}
		return ""
	default:
		if !reflect.DeepEqual(a.Interface(), b.Interface()) {
			return fmt.Sprintf("%s: %v vs %v", path, a.Interface(), b.Interface())
		}
		return ""
	}
}

var parenType = reflect.TypeOf(&js_ast.ParenExpr{})

// stripParens removes every ParenExpr from a tree in place, so that the
// printer has to work out all parentheses from precedence alone.
func stripParens(root any) {
	stripValue(reflect.ValueOf(root))
}

func stripValue(v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		for v.Elem().Type() == parenType && v.CanSet() {
			v.Set(reflect.ValueOf(v.Interface().(*js_ast.ParenExpr).X))
		}
		stripValue(v.Elem())
	case reflect.Pointer:
		if !v.IsNil() {
			stripValue(v.Elem())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).Type != rangeType {
				stripValue(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			stripValue(v.Index(i))
		}
	}
}
