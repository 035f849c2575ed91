package main

// This file renders V8's object previews the way DevTools'
// RemoteObjectPreviewFormatter does; format.go lists the resulting rules.

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/chromedp/cdproto/runtime"
)

// objectPreview renders a preview as DevTools' appendObjectPreview does.
// isEntry is set for the keys and values of a Map or Set, which DevTools
// shows one level down, without their own properties.
func objectPreview(p *runtime.ObjectPreview, isEntry bool) string {
	switch p.Subtype {
	case "arraybuffer", "dataview", "error", "null", "regexp", "webassemblymemory", "internal#entry", "trustedtype":
		isEntry = true
	}
	if p.Type != runtime.ObjectPreviewTypeObject || isEntry {
		return propertyPreview(string(p.Type), string(p.Subtype), p.Description)
	}
	var b strings.Builder
	isArray := p.Subtype == runtime.ObjectPreviewSubtypeArray || p.Subtype == runtime.ObjectPreviewSubtypeTypedarray
	if p.Description != "" {
		label := p.Description
		if isArray {
			n := arrayLength(p.Description)
			label = ""
			if n > 1 {
				label = "(" + strconv.Itoa(n) + ")"
			}
			if name := arrayName(p.Description); name != "Array" {
				label = name + label
			}
		} else if label == "Object" {
			label = ""
		}
		if label != "" {
			b.WriteString(label + " ")
		}
	}
	var items []string
	switch {
	case p.Entries != nil:
		items = entriesPreview(p)
	case isArray:
		items = arrayItemsPreview(p)
	default:
		items = propertiesPreview(p)
	}
	open, end := "{", "}"
	if isArray {
		open, end = "[", "]"
	}
	if p.Overflow {
		items = append(items, "…")
	}
	return b.String() + open + strings.Join(items, ", ") + end
}

// arrayLength reads the length from a description such as "Array(3)".
func arrayLength(desc string) int {
	m := lengthSuffix.FindStringSubmatch(desc)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

var lengthSuffix = regexp.MustCompile(`[(\[](\d+)[)\]]$`)

func arrayName(desc string) string {
	return lengthSuffix.ReplaceAllString(desc, "")
}

// previewOrder is DevTools' order of an object's preview properties: a
// promise's state, then its result, then internal slots, then data
// properties, then functions and private fields. The sort is stable.
func previewOrder(p *runtime.PropertyPreview) int {
	switch {
	case p.Name == "[[PromiseState]]":
		return 1
	case p.Name == "[[PromiseResult]]":
		return 2
	case p.Name == "[[GeneratorState]]" || p.Name == "[[PrimitiveValue]]":
		return 3
	case p.Type != runtime.PropertyPreviewTypeFunction && !strings.HasPrefix(p.Name, "#"):
		return 4
	}
	return 5
}

func propertiesPreview(p *runtime.ObjectPreview) []string {
	var props []*runtime.PropertyPreview
	for _, prop := range p.Properties {
		if prop.Type != runtime.PropertyPreviewTypeAccessor {
			props = append(props, prop)
		}
	}
	slices.SortStableFunc(props, func(a, b *runtime.PropertyPreview) int {
		return previewOrder(a) - previewOrder(b)
	})
	var items []string
	for i := 0; i < len(props); i++ {
		prop := props[i]
		switch {
		case p.Subtype == runtime.ObjectPreviewSubtypePromise && prop.Name == "[[PromiseState]]":
			item := "<" + prop.Value + ">"
			if i+1 < len(props) && props[i+1].Name == "[[PromiseResult]]" {
				if prop.Value != "pending" {
					item += ": " + propertyValue(props[i+1])
				}
				i++
			}
			items = append(items, item)
		case p.Subtype == runtime.ObjectPreviewSubtypeGenerator && prop.Name == "[[GeneratorState]]":
			items = append(items, "<"+prop.Value+">")
		case prop.Name == "[[PrimitiveValue]]":
			items = append(items, propertyValue(prop))
		default:
			items = append(items, displayName(prop.Name)+": "+propertyValue(prop))
		}
	}
	return items
}

// arrayItemsPreview lists the index properties in order, with the gaps as
// "empty × n" when the preview holds every item, then the other properties.
func arrayItemsPreview(p *runtime.ObjectPreview) []string {
	length := arrayLength(p.Description)
	index := func(name string) int {
		n, err := strconv.ParseUint(name, 10, 32)
		if err != nil || strconv.FormatUint(n, 10) != name || int(n) >= length {
			return -1
		}
		return int(n)
	}
	var indexed, others []*runtime.PropertyPreview
	for _, prop := range p.Properties {
		if index(prop.Name) >= 0 {
			indexed = append(indexed, prop)
		} else {
			others = append(others, prop)
		}
	}
	slices.SortStableFunc(indexed, func(a, b *runtime.PropertyPreview) int { return index(a.Name) - index(b.Name) })
	slices.SortStableFunc(others, func(a, b *runtime.PropertyPreview) int { return previewOrder(a) - previewOrder(b) })
	showGaps := !p.Overflow
	last := -1
	var items []string
	gap := func(upTo int) {
		if n := upTo - last - 1; n == 1 {
			items = append(items, "empty")
		} else {
			items = append(items, "empty × "+strconv.Itoa(n))
		}
	}
	for i, prop := range indexed {
		at := index(prop.Name)
		if showGaps && at-last > 1 {
			gap(at)
		}
		item := propertyValue(prop)
		if !showGaps && i != at {
			item = displayName(prop.Name) + ": " + item
		}
		items = append(items, item)
		last = at
	}
	if showGaps && length-last > 1 {
		gap(length)
	}
	for _, prop := range others {
		items = append(items, displayName(prop.Name)+": "+propertyValue(prop))
	}
	return items
}

func entriesPreview(p *runtime.ObjectPreview) []string {
	var items []string
	for _, e := range p.Entries {
		item := ""
		if e.Key != nil {
			item = objectPreview(e.Key, true) + " => "
		}
		items = append(items, item+objectPreview(e.Value, true))
	}
	return items
}

// displayName quotes a property name that would be hard to read bare.
func displayName(name string) string {
	if name == "" || strings.Contains(name, "\n") || startsOrEndsWithSpace(name) {
		return `"` + strings.ReplaceAll(name, "\n", "↵") + `"`
	}
	return name
}

func startsOrEndsWithSpace(s string) bool {
	isSpace := func(r rune) bool { return strings.ContainsRune(" \t\n\r\f\v\u00a0\u2028\u2029\ufeff", r) }
	first, last := []rune(s)[0], []rune(s)[len([]rune(s))-1]
	return isSpace(first) || isSpace(last)
}

func propertyValue(p *runtime.PropertyPreview) string {
	return propertyPreview(string(p.Type), string(p.Subtype), p.Value)
}

// propertyPreview renders a value one level down, as DevTools'
// renderPropertyPreview does.
func propertyPreview(typ, subtype, desc string) string {
	switch {
	case typ == "accessor":
		return "(...)"
	case typ == "function":
		return "ƒ"
	case typ == "string":
		return jsLiteral(desc)
	case typ == "object" && subtype == "":
		if desc == "Object" {
			return "{…}"
		}
		return abbreviateClassName(desc)
	}
	return desc
}

// abbreviateClassName shortens the namespace parts of a dotted class name to
// three characters, as DevTools does ("Intl.Locale" stays, "abcdef.X"
// becomes "a…f.X").
func abbreviateClassName(desc string) string {
	parts := strings.Split(desc, ".")
	for i := 0; i < len(parts)-1; i++ {
		parts[i] = trimMiddle(parts[i], 3)
	}
	return strings.Join(parts, ".")
}

func trimMiddle(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	left := max >> 1
	right := max - left - 1
	return string(r[:left]) + "…" + string(r[len(r)-right:])
}
