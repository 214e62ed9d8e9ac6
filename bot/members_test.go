package bot

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	tg "github.com/go-telegram/bot"
)

func TestMembersChecksAndCaches(t *testing.T) {
	statuses := map[string]string{
		"1": `{"status":"creator","user":{"id":1,"is_bot":false,"first_name":"a"},"is_anonymous":false}`,
		"2": `{"status":"administrator","user":{"id":2,"is_bot":false,"first_name":"b"}}`,
		"3": `{"status":"member","user":{"id":3,"is_bot":false,"first_name":"c"}}`,
		"4": `{"status":"restricted","user":{"id":4,"is_bot":false,"first_name":"d"},"is_member":true}`,
		"5": `{"status":"restricted","user":{"id":5,"is_bot":false,"first_name":"e"},"is_member":false}`,
		"6": `{"status":"left","user":{"id":6,"is_bot":false,"first_name":"f"}}`,
		"7": `{"status":"kicked","user":{"id":7,"is_bot":false,"first_name":"g"},"until_date":0}`,
	}
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/bottoken/getChatMember" {
			http.Error(w, `{"ok":false,"error_code":404,"description":"Not Found"}`, http.StatusNotFound)
			return
		}
		calls.Add(1)
		if r.FormValue("chat_id") != "-100" {
			t.Errorf("chat_id=%q", r.FormValue("chat_id"))
		}
		body, ok := statuses[r.FormValue("user_id")]
		if !ok {
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprint(w, `{"ok":false,"error_code":400,"description":"Bad Request: user not found"}`)
			return
		}
		fmt.Fprintf(w, `{"ok":true,"result":%s}`, body)
	}))
	defer srv.Close()
	api, err := tg.New("token", tg.WithServerURL(srv.URL), tg.WithSkipGetMe())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	m := NewMembers(api, time.Minute)
	m.Now = func() time.Time { return now }
	ctx := context.Background()
	for _, tc := range []struct {
		user int64
		want bool
	}{{1, true}, {2, true}, {3, true}, {4, true}, {5, false}, {6, false}, {7, false}} {
		got, err := m.IsMember(ctx, -100, tc.user)
		if err != nil || got != tc.want {
			t.Fatalf("IsMember(%d)=%v, %v, want %v", tc.user, got, err, tc.want)
		}
	}
	if _, err := m.IsMember(ctx, -100, 99); err == nil {
		t.Fatal("unknown user: no error")
	}
	before := calls.Load()
	if ok, _ := m.IsMember(ctx, -100, 3); !ok || calls.Load() != before {
		t.Fatalf("cached answer not used: calls %d -> %d", before, calls.Load())
	}
	now = now.Add(2 * time.Minute)
	if ok, _ := m.IsMember(ctx, -100, 3); !ok || calls.Load() != before+1 {
		t.Fatalf("expired answer not refreshed: calls %d -> %d", before, calls.Load())
	}
}
