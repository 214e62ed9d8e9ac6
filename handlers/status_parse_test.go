package handlers

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/layananwarga/helpdesk"
)

func TestParseSetStatus(t *testing.T) {
	cases := []struct {
		name, args string
		want       setStatusArgs
		err        error
	}{
		{"plain", "KTP-1 selesai", setStatusArgs{"KTP-1", helpdesk.StatusDone, "", ""}, nil},
		{"two-word alias and note", " ktp-1  siap   diambil  Loket 3\nlantai 2 ", setStatusArgs{"KTP-1", helpdesk.StatusDone, "Loket 3\nlantai 2", ""}, nil},
		{"longest alias wins", "A/2026/7 perlu perbaikan foto buram", setStatusArgs{"A/2026/7", helpdesk.StatusNeedsFix, "foto buram", ""}, nil},
		{"underscore form", "ABC perlu_perbaikan", setStatusArgs{"ABC", helpdesk.StatusNeedsFix, "", ""}, nil},
		{"reason", "ABC ditolak NIK tidak sesuai", setStatusArgs{"ABC", helpdesk.StatusRejected, "NIK tidak sesuai", ""}, nil},
		{"unknown", "ABC dikirim kurir", setStatusArgs{TrackingNo: "ABC", Note: "dikirim"}, errStatusUnknown},
		{"bad number", "a! selesai", setStatusArgs{}, errTrackingInvalid},
		{"only a number", "ABC", setStatusArgs{}, errSetStatusUsage},
		{"empty", "   ", setStatusArgs{}, errSetStatusUsage},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := parseSetStatus(c.args, nil)
			if !errors.Is(err, c.err) || got != c.want {
				t.Fatalf("parseSetStatus(%q)=%+v, %v; want %+v, %v", c.args, got, err, c.want, c.err)
			}
		})
	}
}

func FuzzParseStatusCommand(f *testing.F) {
	for _, s := range []string{
		"KTP-1 selesai", "ktp-1 siap diambil Loket 3", "A/1 perlu perbaikan foto\nburam", "ABC dikirim",
		"", " ", "a", "ABC\u00a0selesai", "ABC　diproses", "x\xffy selesai", "ABC ditolak  alasan: NIK  ",
		"KTP-2026-000123 123456",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, args string) {
		a, err := parseSetStatus(args, nil)
		if err == nil {
			if _, ok := helpdesk.NormalizeTrackingNo(a.TrackingNo); !ok {
				t.Fatalf("accepted tracking number %q", a.TrackingNo)
			}
			if !a.Status.Valid() {
				t.Fatalf("accepted status %q", a.Status)
			}
			if a.Note != strings.TrimSpace(a.Note) || len(a.Note) > len(args) {
				t.Fatalf("note %q from %q", a.Note, args)
			}
			if utf8.ValidString(args) && !strings.Contains(args, a.Note) {
				t.Fatalf("note %q is not part of %q", a.Note, args)
			}
		}
		no, ok, _ := parseStatusArgs(args)
		if ok {
			if again, ok2 := helpdesk.NormalizeTrackingNo(no); !ok2 || again != no {
				t.Fatalf("tracking number %q does not normalise to itself", no)
			}
		}
	})
}
