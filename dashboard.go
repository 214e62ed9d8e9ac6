package helpdesk

import "time"

// DashboardLink is a one-time sign-in link to the dashboard, issued to an
// admin; only the hash of its token is stored.
type DashboardLink struct {
	TokenHash string
	UserID    int64
	CreatedAt time.Time
	ExpiresAt time.Time
	UsedAt    time.Time // zero while unused
}

// DashboardSession is a browser signed in to the dashboard; only the hash
// of its id is stored.
type DashboardSession struct {
	IDHash    string
	UserID    int64
	CSRF      string // the token the sign-out form must carry
	CreatedAt time.Time
	ExpiresAt time.Time
}

// HourCount is a count in one UTC hour, for figures grouped by local day.
type HourCount struct {
	Hour  time.Time // the start of the hour, UTC
	Key   string    // what is counted, when a query counts several things
	Count int
}
