package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/telegramtest"
)

// TestHTTPServerCutsOffSlowAndOversizedRequests: a client that sends its
// body slowly is disconnected after the read timeout, oversized headers get
// 431, and an oversized webhook body is refused and not stored.
func TestHTTPServerCutsOffSlowAndOversizedRequests(t *testing.T) {
	saved := httpLimits
	httpLimits.Read = 300 * time.Millisecond
	t.Cleanup(func() { httpLimits = saved })
	tg := telegramtest.New(t)
	addr := freeAddr(t)
	b := startBot(t, tg, map[string]string{"HTTP_ADDR": addr, "WEBHOOK_URL": "https://bot.example.go.id/tg/hook",
		"WEBHOOK_SECRET": "s3cret", "STATUS_API_TOKEN": "tok"}, nil)
	tg.Wait(10*time.Second, "setWebhook", func() bool { return len(tg.Calls("setWebhook")) == 1 })

	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "PUT /api/applications/APP-1 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer tok\r\nContent-Length: 1000\r\n\r\n{\"st")
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	start := time.Now()
	if _, err := io.ReadAll(conn); err != nil {
		t.Fatalf("slow body kept the connection open: %v after %s", err, time.Since(start))
	}

	big := strings.Repeat("a", 64<<10)
	code, _ := httpDo(t, http.MethodGet, "http://"+addr+"/healthz", map[string]string{"X-Big": big}, "")
	if code != http.StatusRequestHeaderFieldsTooLarge {
		t.Fatalf("64 KB header: HTTP %d, want 431", code)
	}

	huge := `{"update_id": 78, "message": {"message_id": 1, "date": 1, "chat": {"id": 4242, "type": "private"}, "from": {"id": 4242, "is_bot": false, "first_name": "Budi"}, "text": "` +
		strings.Repeat("x", 2<<20) + `"}}`
	code, _ = httpDo(t, http.MethodPost, "http://"+addr+"/tg/hook", map[string]string{"X-Telegram-Bot-Api-Secret-Token": "s3cret"}, huge)
	if code == http.StatusOK {
		t.Fatal("a 2 MB webhook body was accepted")
	}
	db, err := openDSN(context.Background(), b.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if counts, _ := db.UpdateCounts(context.Background()); len(counts) != 0 {
		t.Fatalf("stored updates %v after an oversized body, want none", counts)
	}
}
