package storage

import (
	"context"
	"fmt"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/skm"
)

// SurveyDays sums the survey responses f selects per day (YYYY-MM-DD in the
// office's time zone), oldest first, for the dashboard's IKM trend.
func (db *DB) SurveyDays(ctx context.Context, f helpdesk.SurveyFilter) ([]string, []skm.Tally, error) {
	rows, err := db.conn.QueryContext(ctx, `SELECT day, COUNT(*),
		SUM(u1), SUM(u2), SUM(u3), SUM(u4), SUM(u5), SUM(u6), SUM(u7), SUM(u8), SUM(u9)
		FROM skm_responses`+surveyWhere+` GROUP BY day ORDER BY day`, surveyArgs(f)...)
	if err != nil {
		return nil, nil, fmt.Errorf("survey days: %w", err)
	}
	defer rows.Close()
	var days []string
	var tallies []skm.Tally
	for rows.Next() {
		var day string
		var t skm.Tally
		dst := []any{&day, &t.Respondents}
		for i := range t.Sums {
			dst = append(dst, &t.Sums[i])
		}
		if err := rows.Scan(dst...); err != nil {
			return nil, nil, fmt.Errorf("survey days: %w", err)
		}
		days, tallies = append(days, day), append(tallies, t)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("survey days: %w", err)
	}
	return days, tallies, nil
}
