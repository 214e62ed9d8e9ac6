package helpdesk

import (
	"time"

	"github.com/layananwarga/helpdesk/skm"
)

// SurveyResponse is one citizen's completed satisfaction survey. It holds no
// chat, user or time of day, so that no report can tell who answered.
type SurveyResponse struct {
	// Nonce is drawn when the survey starts and kept only in the chat's
	// state until it is submitted; it makes a re-run of the submitting
	// update store the response once.
	Nonce string
	// Day is the day of submission, YYYY-MM-DD in the office's time zone.
	Day string
	// Service is the key of the service the survey is about (a knowledge
	// base category, an application's service, or "lainnya"); ServiceLabel
	// is its name as the citizen saw it.
	Service      string
	ServiceLabel string
	Answers      skm.Answers
	// Profile maps a profile question's key (skm.Profile) to the code of the
	// answer; a skipped question is absent.
	Profile map[string]string
}

// SurveyInvitation is an invitation to the survey about one service.
type SurveyInvitation struct {
	ChatID       int64
	Service      string
	ServiceLabel string
	// Ref names what caused the invitation ("case:12", "status:34"), so that
	// the same cause, run again, finds its own invitation.
	Ref string
	At  time.Time
}

// SurveyFilter selects responses: From and To are days (YYYY-MM-DD,
// inclusive, "" for open ends); Service is a service key ("" for all).
type SurveyFilter struct {
	From, To string
	Service  string
}

// SurveyStats are the sums of the responses a filter selects.
type SurveyStats struct {
	Filter SurveyFilter
	// Tally holds the respondents and the sums per element.
	Tally skm.Tally
	// Profile counts, per profile question key, the respondents per answer
	// code; "" counts those who skipped the question.
	Profile map[string]map[string]int
	// Services are the tallies per service, most respondents first.
	Services []SurveyServiceStats
	// FirstDay and LastDay are the days of the first and last response.
	FirstDay, LastDay string
}

// SurveyServiceStats is the tally of one service.
type SurveyServiceStats struct {
	Service, Label string
	Tally          skm.Tally
}

// SurveyPeriodStats is the tally of one period: a day (YYYY-MM-DD) or a
// month (YYYY-MM).
type SurveyPeriodStats struct {
	Period string
	Tally  skm.Tally
}
