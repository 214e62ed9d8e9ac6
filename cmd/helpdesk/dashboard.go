package main

import (
	"net/http"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/dashboard"
	"github.com/layananwarga/helpdesk/handlers"
)

// wireDashboard builds the dashboard when both HTTP_ADDR and PUBLIC_URL
// are set, and lets /dasbor hand out its sign-in links. It returns nil when
// the dashboard is off; /dasbor then says how to turn it on.
func (a *app) wireDashboard(cfg Config) (*dashboard.Server, error) {
	if cfg.PublicURL == "" || cfg.HTTPAddr == "" {
		if cfg.PublicURL != "" {
			a.log.Warn("PUBLIC_URL is set but HTTP_ADDR is not: the dashboard is off")
		}
		return nil, nil
	}
	opts := dashboard.Options{
		Store:         a.db,
		PublicURL:     cfg.PublicURL,
		Admins:        cfg.AdminUserIDs,
		Location:      cfg.Location,
		Logger:        a.log,
		FinalStatuses: cfg.Workflow.FinalStatuses(),
	}
	if cfg.Workflow.HasStandards() {
		// Overdue by the office's service time standards, in working days.
		cal := helpdesk.NewCalendar(cfg.Location, cfg.OfficeHolidays)
		opts.Overdue = func(app helpdesk.Application, now time.Time) bool { return cfg.Workflow.Overdue(app, cal, now) }
	}
	d, err := dashboard.New(opts)
	if err != nil {
		return nil, err
	}
	// The conversations are built again with the links; nothing has used
	// the first build yet (the pipeline is started after this).
	a.deps.Dashboard = d
	a.svc = handlers.New(a.deps)
	return d, nil
}

// mountDashboard serves the dashboard under PUBLIC_URL's path.
func mountDashboard(mux *http.ServeMux, d *dashboard.Server) {
	if d == nil {
		return
	}
	h := d.Handler()
	mux.Handle(d.Path(), h)
	mux.Handle(d.Path()+"/", h)
}
