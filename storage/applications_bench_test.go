package storage_test

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk"
)

// appsCSV is a CSV file of n applications, each with a 6-digit code.
func appsCSV(n int, status string) []byte {
	var b bytes.Buffer
	b.WriteString("tracking_no;status;service;applicant_name;note;verify_code;updated_at\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "KTP-2026-%06d;%s;KTP-el;\"Warga Nomor %d\";;%06d;2026-11-%02d 09:30\n", i, status, i, (i*7919)%1000000, 1+i%27)
	}
	return b.Bytes()
}

// BenchmarkImport100k imports 100,000 rows into a fresh database, then the
// same file again (nothing changes, but every code is checked against its
// hash). Run it with:
//
//	go test ./storage -run XXX -bench Import100k -benchtime 1x
func BenchmarkImport100k(b *testing.B) {
	const rows = 100_000
	file := appsCSV(rows, "diterima")
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		db := MustOpenDB(b)
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		st, err := db.ImportApplicationsCSV(ctx, bytes.NewReader(file), "bench.csv", nil)
		if err != nil || st.Created != rows {
			b.Fatalf("import: %+v %v", st, err)
		}
		first := time.Since(start)
		runtime.ReadMemStats(&after)
		start = time.Now()
		st, err = db.ImportApplicationsCSV(ctx, bytes.NewReader(file), "bench.csv", nil)
		if err != nil || st.Unchanged != rows {
			b.Fatalf("re-import: %+v %v", st, err)
		}
		again := time.Since(start)
		b.ReportMetric(first.Seconds(), "s/import")
		b.ReportMetric(again.Seconds(), "s/reimport")
		b.ReportMetric(float64(rows)/first.Seconds(), "rows/s")
		b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/(1<<20), "MiB-alloc/import")
		b.ReportMetric(float64(after.HeapInuse)/(1<<20), "MiB-heap")
	}
}

// BenchmarkCheckStatusCode measures verified lookups (right code) per
// second, from as many goroutines as cores:
//
//	go test ./storage -run XXX -bench CheckStatusCode
func BenchmarkCheckStatusCode(b *testing.B) {
	db := MustOpenDB(b)
	ctx := context.Background()
	const rows = 1000
	if _, err := db.ImportApplicationsCSV(ctx, bytes.NewReader(appsCSV(rows, "diproses")), "bench.csv", nil); err != nil {
		b.Fatal(err)
	}
	var next atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := int(next.Add(1)) % rows
			res, err := db.CheckStatusCode(ctx, int64(i), fmt.Sprintf("KTP-2026-%06d", i), fmt.Sprintf("%06d", (i*7919)%1000000))
			if err != nil || res.Result != helpdesk.CheckOK {
				b.Fatalf("check %d: %+v %v", i, res, err)
			}
		}
	})
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "lookups/s")
}

// BenchmarkCheckStatusCodeUnknownVsWrong times a wrong code on a known
// number against any code on an unknown one: they should cost the same.
func BenchmarkCheckStatusCodeUnknownVsWrong(b *testing.B) {
	db := MustOpenDB(b)
	ctx := context.Background()
	importOne(b, db, "APP-1", "diproses", "123456")
	for _, no := range []string{"APP-1", "NOPE-1"} {
		b.Run(no, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				// A new chat each time, so no lockout cuts the work short.
				if _, err := db.CheckStatusCode(ctx, int64(1000+i), no, "000000"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
