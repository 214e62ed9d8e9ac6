package handlers_test

import (
	"context"
	"strings"
	"testing"
)

// TestGapsKeepNoPersonalData: an unanswered question with a NIK, a phone
// number, an e-mail and a tracking number is kept for the gaps report with
// placeholders instead; a verify code typed after the status check refused
// is not kept as a question at all.
func TestGapsKeepNoPersonalData(t *testing.T) {
	e := newStatusEnv(t)
	e.send(stCitizen, "kenapa permohonan PMH-2026-000123 ditolak, NIK 3174051203900007 hp 081234567890 email siti.rahma@contoh.id")
	e.send(stCitizen, "/status APP-1")
	locked := false
	for i := 0; i < 20 && !locked; i++ {
		for _, a := range e.send(stCitizen, "99990"+string(rune('0'+i%10))) {
			locked = locked || strings.Contains(a.Text, "hentikan sementara") || strings.Contains(a.Text, "terlalu banyak")
		}
	}
	if !locked {
		t.Fatal("the status check never refused")
	}
	e.send(stCitizen, "X7K9Q2")
	e.send(stCitizen, "kode 483920")
	items, err := e.db.ListGapItems(context.Background(), 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 {
		t.Fatalf("gaps=%+v, want only the question", items)
	}
	q := items[0].Query
	for _, v := range []string{"3174051203900007", "081234567890", "siti.rahma@contoh.id", "PMH-2026-000123", "X7K9Q2", "483920"} {
		if strings.Contains(q, v) {
			t.Fatalf("gap %q keeps %q", q, v)
		}
	}
	if !strings.Contains(q, "[NIK]") || !strings.Contains(q, "[EMAIL]") || !strings.Contains(q, "ditolak") {
		t.Fatalf("gap %q, want the question with placeholders", q)
	}
}
