package main

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/layananwarga/helpdesk/bot"
	"github.com/layananwarga/helpdesk/dashboard"
	"github.com/layananwarga/helpdesk/handlers"
	"github.com/layananwarga/helpdesk/httpapi"
	"github.com/layananwarga/helpdesk/internal/pipeline"
)

// telegramOK is when a Bot API call last succeeded (unix nanoseconds).
var telegramOK atomic.Int64

func (a *app) markTelegramOK() { telegramOK.Store(time.Now().UnixNano()) }

// serverLimits bound what one client can hold of the HTTP server: a slow
// or endless request is cut off instead of keeping a connection and a
// goroutine.
type serverLimits struct {
	ReadHeader, Read, Write, Idle time.Duration
	MaxHeader                     int
	MaxBody                       int64
}

// httpLimits are the HTTP server's limits (a variable for tests). A
// webhook update or a status change is a few KB; /metrics is written in
// well under a second.
var httpLimits = serverLimits{
	ReadHeader: 5 * time.Second,
	Read:       15 * time.Second,
	Write:      30 * time.Second,
	Idle:       60 * time.Second,
	MaxHeader:  32 << 10,
	MaxBody:    1 << 20,
}

// listen serves /healthz, /metrics, the status API, the dashboard and the
// webhook on HTTP_ADDR.
func (a *app) listen(cfg Config, p *pipeline.Pipeline, dash *dashboard.Server) (*http.Server, error) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", a.healthz(p))
	mux.Handle("GET /metrics", promhttp.HandlerFor(a.metrics.Registry, promhttp.HandlerOpts{}))
	a.mountStatusAPI(mux, p)
	mountDashboard(mux, dash)
	if cfg.WebhookURL != "" {
		mux.Handle("POST "+webhookPath(cfg.WebhookURL), bot.WebhookHandler(p.Intake, cfg.WebhookSecret, a.log))
	}
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return nil, err
	}
	lim := httpLimits
	srv := &http.Server{
		Handler:           http.MaxBytesHandler(mux, lim.MaxBody),
		ReadHeaderTimeout: lim.ReadHeader,
		ReadTimeout:       lim.Read,
		WriteTimeout:      lim.Write,
		IdleTimeout:       lim.Idle,
		MaxHeaderBytes:    lim.MaxHeader,
	}
	go srv.Serve(ln)
	a.log.Info("http listening", "addr", ln.Addr().String())
	return srv, nil
}

// healthz reports whether the database answers, how long ago Telegram last
// answered, and whether this process leads (with several processes on one
// database only the leader talks to Telegram: the others' Telegram age
// grows and means nothing); 503 when the database does not answer.
func (a *app) healthz(p *pipeline.Pipeline) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		body := map[string]any{"status": "ok", "database": "ok", "leading": p.Leading()}
		code := http.StatusOK
		if err := a.db.Ping(ctx); err != nil {
			body["status"], body["database"] = "unavailable", err.Error()
			code = http.StatusServiceUnavailable
		}
		last := time.Unix(0, telegramOK.Load())
		if sent := p.Sender.LastSuccess(); sent.After(last) {
			last = sent
		}
		if telegramOK.Load() == 0 && p.Sender.LastSuccess().IsZero() {
			body["telegram_last_ok_seconds"] = nil
		} else {
			body["telegram_last_ok_seconds"] = int(time.Since(last).Seconds())
		}
		if n, err := a.db.OutboxDepth(ctx); err == nil {
			body["outbox_depth"] = n
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		json.NewEncoder(w).Encode(body)
	}
}

// mountStatusAPI serves the application status API. A change is recorded
// with its notices by the request itself; a tick of the notice job, stored
// before the answer, has the dispatcher announce it at once instead of at
// the job's next run.
func (a *app) mountStatusAPI(mux *http.ServeMux, p *pipeline.Pipeline) {
	notify := func(ctx context.Context) {
		if err := p.Trigger(ctx, handlers.JobStatusNotify); err != nil {
			// The change is stored: the job's next tick announces it.
			a.log.Error("status notice tick", "err", err)
		}
	}
	mux.Handle("PUT /api/applications/{tracking_no}", httpapi.StatusHandler(a.db, a.cfg.StatusAPIToken, notify, nil))
}
