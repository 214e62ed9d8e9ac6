// Package metrics holds the help desk's Prometheus collectors, created once
// at start and handed to the parts that count.
package metrics

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Set is every collector the help desk exports on /metrics.
type Set struct {
	Registry *prometheus.Registry

	UpdatesReceived prometheus.Counter
	UpdatesHandled  *prometheus.CounterVec // result: ok, error, gave_up, skipped
	HandlerLatency  prometheus.Histogram
	OutboxDepth     prometheus.Gauge
	Sent            *prometheus.CounterVec // kind
	TooManyRequests prometheus.Counter
	SendRetries     prometheus.Counter
	Errors          *prometheus.CounterVec // where: intake, handler, sender, job
	StatusLockouts  prometheus.Counter
	Handoffs        *prometheus.CounterVec // priority: yes, no
	LLMCalls        *prometheus.CounterVec // result: ok, error, fallback, budget
	// FloodDropped counts updates of a chat sending faster than the flood
	// limit, stored but not acted on.
	FloodDropped prometheus.Counter
}

// New creates and registers the collectors.
func New() *Set {
	r := prometheus.NewRegistry()
	s := &Set{
		Registry:        r,
		UpdatesReceived: prometheus.NewCounter(prometheus.CounterOpts{Name: "helpdesk_updates_received_total", Help: "Updates stored by the intake."}),
		UpdatesHandled:  prometheus.NewCounterVec(prometheus.CounterOpts{Name: "helpdesk_updates_handled_total", Help: "Updates handled, by result."}, []string{"result"}),
		HandlerLatency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "helpdesk_handler_seconds", Help: "Time to handle one update.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}}),
		OutboxDepth:     prometheus.NewGauge(prometheus.GaugeOpts{Name: "helpdesk_outbox_depth", Help: "Actions waiting to be sent."}),
		Sent:            prometheus.NewCounterVec(prometheus.CounterOpts{Name: "helpdesk_actions_sent_total", Help: "Actions delivered, by kind."}, []string{"kind"}),
		TooManyRequests: prometheus.NewCounter(prometheus.CounterOpts{Name: "helpdesk_telegram_429_total", Help: "Bot API answers 429 Too Many Requests."}),
		SendRetries:     prometheus.NewCounter(prometheus.CounterOpts{Name: "helpdesk_send_retries_total", Help: "Sends retried after a transient error."}),
		Errors:          prometheus.NewCounterVec(prometheus.CounterOpts{Name: "helpdesk_errors_total", Help: "Errors, by where they happened."}, []string{"where"}),
		StatusLockouts:  prometheus.NewCounter(prometheus.CounterOpts{Name: "helpdesk_status_lockouts_total", Help: "Tracking numbers locked after wrong verify codes."}),
		Handoffs:        prometheus.NewCounterVec(prometheus.CounterOpts{Name: "helpdesk_handoffs_total", Help: "Cases handed to officers, by priority."}, []string{"priority"}),
		LLMCalls:        prometheus.NewCounterVec(prometheus.CounterOpts{Name: "helpdesk_llm_calls_total", Help: "Language model calls, by result."}, []string{"result"}),
		FloodDropped:    prometheus.NewCounter(prometheus.CounterOpts{Name: "helpdesk_flood_dropped_total", Help: "Updates dropped because their chat sent too fast."}),
	}
	r.MustRegister(s.UpdatesReceived, s.UpdatesHandled, s.HandlerLatency, s.OutboxDepth, s.Sent,
		s.TooManyRequests, s.SendRetries, s.Errors, s.StatusLockouts, s.Handoffs, s.LLMCalls, s.FloodDropped,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	// Export zeros before the first hand-off, so dashboards see the series.
	s.Handoffs.WithLabelValues("yes")
	s.Handoffs.WithLabelValues("no")
	return s
}
