package pipeline

import (
	"context"
	"log/slog"

	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/storage"
)

// Intake stores every update before the transport tells its source it was
// received, then hands it to the dispatcher.
type Intake struct {
	db       *storage.DB
	dispatch func(storage.Update)
	metrics  *metrics.Set
	log      *slog.Logger
}

// NewIntake returns an intake that submits stored updates to dispatch.
func NewIntake(db *storage.DB, dispatch func(storage.Update), m *metrics.Set, log *slog.Logger) *Intake {
	return &Intake{db: db, dispatch: dispatch, metrics: m, log: log}
}

// Accept stores updates a transport has read, in one transaction, and
// queues them. Each carries the transport's update id (UpdateID), its lane
// (ChatID) and the payload the pipeline's Decoder reads when it runs. A
// duplicate is acknowledged without being queued again.
func (in *Intake) Accept(ctx context.Context, ups ...storage.Update) error {
	if len(ups) == 0 {
		return nil
	}
	stored, err := in.db.StoreUpdates(ctx, ups)
	if err != nil {
		in.metrics.Errors.WithLabelValues("intake").Inc()
		return err
	}
	for i, st := range stored {
		if st.Dup {
			continue
		}
		in.metrics.UpdatesReceived.Inc()
		u := ups[i]
		u.ID = st.ID
		in.dispatch(u)
	}
	return nil
}
