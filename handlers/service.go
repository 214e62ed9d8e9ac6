package handlers

import (
	"context"
	"log/slog"
	"slices"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/metrics"
	"github.com/layananwarga/helpdesk/outbox"
)

// Knowledge is the live knowledge base.
type Knowledge interface {
	// Search ranks articles for a question; ctx bounds any model call
	// the search makes (hybrid retrieval).
	Search(ctx context.Context, q string, opts knowledge.SearchOptions) knowledge.Result
	Get(id string) (knowledge.Article, bool)
	List() []knowledge.Article
	Categories() []knowledge.Category
	// Put and Remove change the live base, so that an admin's change is
	// answered from at once.
	Put(a knowledge.Article)
	Remove(id string)
}

// ChatStore reads what the bot remembers of a chat between updates. What
// a handler records (turns, state, the citizen, gaps, votes) it returns in
// its Result; storage writes it when the request completes.
type ChatStore interface {
	stateReader
	turnReader
	citizenReader
}

// Outbox takes actions that are not replies to an update (jobs, API calls).
// Source makes the enqueue idempotent: the same source is enqueued once.
type Outbox interface {
	Enqueue(ctx context.Context, source string, acts []outbox.Action) error
}

// Settings are the plain configuration values the conversations need.
type Settings struct {
	AgentChats  []int64 // officers' groups; cases are spread across them
	Admins      []int64 // user ids allowed to change the knowledge base
	OfficeHours string  // "Mon-Fri 08:00-16:00 Asia/Jakarta"; "" = always open
	Holidays    []string
	HandoffSLA  time.Duration
	Retention   time.Duration
	// EraseDeletesTopic deletes a case's forum topic, with every message in
	// it, when its citizen erases their data; otherwise the summary is
	// redacted and the topic renamed, and the messages stay in Telegram.
	EraseDeletesTopic bool
	KBLint            knowledge.LintOptions // the rules articles uploaded by admins must pass, as in kb lint
	// Workflow is the office's statuses and service time standards
	// (STATUS_WORKFLOW); nil is the built-in vocabulary.
	Workflow *helpdesk.Workflow
	// Location is the office's time zone: day boundaries (reports, survey
	// days, service days) and every time shown. nil: the zone OfficeHours
	// names, else Asia/Jakarta.
	Location *time.Location
}

// Deps are everything a Service needs. Optional parts may be nil.
type Deps struct {
	Chats     ChatStore
	Knowledge Knowledge
	Outbox    Outbox
	Apps      ApplicationStore
	Cases     CaseStore
	Admin     AdminStore
	Survey    SurveyStore    // optional: the satisfaction survey; nil turns it off
	Members   MemberChecker  // optional: tells officers apart in the officers' groups; nil trusts every member
	Files     FileFetcher    // optional: downloads documents admins send; nil in the terminal
	Composer  Composer       // optional: phrases answers with a language model
	Drafter   Drafter        // optional: shows an answer while it is written
	Dashboard DashboardLinks // optional: sign-in links to the dashboard; nil when it is off
	Settings  Settings
	Metrics   *metrics.Set
	Now       func() time.Time
	Logger    *slog.Logger
}

// Service runs the conversations. It is safe for concurrent use by
// different chats; one chat's requests must come in order.
//
// It routes each request, tick and delivery outcome to the flow of its
// concern (router.go). Each flow holds only what it uses: a narrow view of
// the stores, the base, settings and the clock; one flow reaches another
// only through a field naming it.
type Service struct {
	citizen  *citizenFlow  // answers from the base
	status   *statusFlow   // application status, subscriptions, notices
	cases    *caseFlow     // officers' cases, both sides
	topics   *topicFlow    // a case's topic and summary, delivery outcomes
	privacy  *privacyFlow  // a citizen's data: shown, erased, expired
	report   *reportFlow   // /laporan
	admin    *adminFlow    // the knowledge base, the dashboard link
	gaps     *gapsFlow     // the questions the base did not answer
	announce *announceFlow // announcements and the citizens' opt-in
	audit    *auditor      // the admin audit log
	survey   *surveyFlow   // the satisfaction survey

	// What routing needs of its own.
	states   stateReader
	settings Settings
	flood    *floodGuard
	metrics  *metrics.Set
	log      *slog.Logger
	now      func() time.Time
}

// New returns a Service, filling in defaults for the clock and logger, and
// hands each flow its part of d.
func New(d Deps) *Service {
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Metrics == nil {
		d.Metrics = metrics.New()
	}
	if d.Logger == nil {
		d.Logger = slog.Default()
	}
	if d.Settings.HandoffSLA == 0 {
		d.Settings.HandoffSLA = 15 * time.Minute
	}
	if d.Settings.Retention == 0 {
		d.Settings.Retention = 365 * 24 * time.Hour
	}
	hours := parseHours(d.Settings, d.Logger)
	if d.Settings.Location == nil {
		d.Settings.Location = hours.Location()
	}
	set, log, m := d.Settings, d.Logger, d.Metrics
	now := func() time.Time { return d.Now().UTC() }
	rendered := newRenderCache()

	survey := &surveyFlow{store: d.Survey, kb: d.Knowledge, location: set.Location, now: now}
	topics := &topicFlow{cases: d.Cases, chats: d.Chats, kb: d.Knowledge, apps: d.Apps, forums: &forumMemo{},
		settings: set, log: log, now: now}
	cases := &caseFlow{cases: d.Cases, chats: d.Chats, kb: d.Knowledge, topics: topics, survey: survey, members: d.Members,
		hours: hours, settings: set, metrics: m, log: log, now: now}
	audit := &auditor{store: d.Admin, retention: set.Retention, log: log, now: now}
	return &Service{
		citizen: &citizenFlow{kb: d.Knowledge, turns: d.Chats, composer: d.Composer, drafter: d.Drafter, cases: cases,
			rendered: rendered, links: set.KBLint, metrics: m, log: log, now: now},
		status: &statusFlow{apps: d.Apps, states: d.Chats, outbox: d.Outbox, survey: survey, officers: d.Cases != nil,
			settings: set, metrics: m, log: log, now: now},
		cases:   cases,
		topics:  topics,
		privacy: &privacyFlow{cases: d.Cases, settings: set, log: log, now: now},
		report:  &reportFlow{cases: d.Cases, apps: d.Apps, settings: set, now: now},
		admin: &adminFlow{store: d.Admin, kb: d.Knowledge, files: d.Files, dashboard: d.Dashboard, audit: audit,
			rendered: rendered, settings: set, log: log, now: now},
		gaps:     &gapsFlow{store: d.Admin, kb: d.Knowledge, audit: audit, settings: set, now: now},
		announce: &announceFlow{store: d.Admin, citizens: d.Chats, audit: audit, settings: set, log: log, now: now},
		audit:    audit,
		survey:   survey,

		states: d.Chats, settings: set, flood: newFloodGuard(), metrics: m, log: log, now: now,
	}
}

// Job is periodic work. The pipeline's scheduler stores a tick for it every
// Every and the dispatcher runs it (see Service.Tick) on a lane of its own,
// like any update; a job must be safe to run again after a crash (each
// writes its effects with a key or a mark that makes a re-run harmless).
type Job struct {
	Name  string
	Every time.Duration
	// Run does the work of a job that writes its own effects, each keyed
	// or marked so that a re-run is harmless.
	Run func(ctx context.Context) error
	// Act, set instead of Run, returns what the job decided: the actions
	// are stored with the tick's handled mark, in one transaction.
	Act func(ctx context.Context) ([]outbox.Action, error)
}

// Jobs lists the periodic work of every conversation.
func (s *Service) Jobs() []Job {
	var jobs []Job
	jobs = append(jobs, s.status.jobs()...)
	jobs = append(jobs, s.cases.jobs()...)
	jobs = append(jobs, s.privacy.jobs()...)
	jobs = append(jobs, s.topics.jobs()...)
	jobs = append(jobs, s.admin.jobs()...)
	jobs = append(jobs, s.announce.jobs()...)
	jobs = append(jobs, s.audit.jobs()...)
	jobs = append(jobs, s.survey.jobs()...)
	return jobs
}

// Tick runs the job named by a tick event.
func (s *Service) Tick(ctx context.Context, job string) ([]outbox.Action, error) {
	for _, j := range s.Jobs() {
		switch {
		case j.Name != job:
		case j.Act != nil:
			return j.Act(ctx)
		default:
			return nil, j.Run(ctx)
		}
	}
	s.log.Warn("tick of an unknown job", "job", job)
	return nil, nil
}

// Outcome reacts to how a stored action ended (an event the sender
// recorded): for example it posts the messages that waited for a topic
// that now exists, or recreates a topic an officer deleted.
func (s *Service) Outcome(ctx context.Context, d outbox.Delivery) (Result, error) {
	var rec helpdesk.Records
	acts, err := s.topics.caseOutcome(ctx, &rec, d)
	if err != nil {
		return Result{}, err
	}
	if acts, err = s.topics.address(ctx, acts); err != nil {
		return Result{}, err
	}
	return Result{Actions: acts, Records: rec}, nil
}

// isAdmin reports whether a user may change the knowledge base.
func (set Settings) isAdmin(userID int64) bool {
	return slices.Contains(set.Admins, userID)
}

// isAgentChat reports whether a chat is one of the officers' groups.
func (set Settings) isAgentChat(chatID int64) bool {
	return slices.Contains(set.AgentChats, chatID)
}
