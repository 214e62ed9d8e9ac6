// Package telegramtest is a fake Telegram Bot API for end-to-end tests: it
// serves getUpdates with Telegram's offset semantics, records every method
// call, answers sendMessage and friends like Telegram does, and can inject
// 429s, 500s, deleted topics and rate-limit enforcement.
package telegramtest

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Token is the bot token the fake accepts.
const Token = "123456:TEST-token"

// Call is one recorded Bot API request.
type Call struct {
	Method string
	Params map[string]string // every field as text; JSON objects stay JSON
	At     time.Time
	Result json.RawMessage
}

// ChatID is the call's chat_id.
func (c Call) ChatID() int64 { n, _ := strconv.ParseInt(c.Params["chat_id"], 10, 64); return n }

// ThreadID is the call's message_thread_id.
func (c Call) ThreadID() int { n, _ := strconv.Atoi(c.Params["message_thread_id"]); return n }

// Text is the call's text (or caption).
func (c Call) Text() string {
	if t, ok := c.Params["text"]; ok {
		return t
	}
	return c.Params["caption"]
}

// Buttons returns the callback data of the call's inline keyboard, row by row flattened.
func (c Call) Buttons() []Button {
	var kb struct {
		InlineKeyboard [][]Button `json:"inline_keyboard"`
	}
	json.Unmarshal([]byte(c.Params["reply_markup"]), &kb)
	var out []Button
	for _, row := range kb.InlineKeyboard {
		out = append(out, row...)
	}
	return out
}

// Button is an inline keyboard button.
type Button struct {
	Text         string `json:"text"`
	CallbackData string `json:"callback_data"`
}

// Limit enforces Telegram-like rate limits: at most N sends per Per (in a
// chat, or across all chats for GlobalLimit).
type Limit struct {
	N   int
	Per time.Duration
}

type failure struct {
	method     string
	chatID     int64 // 0: any chat
	times      int
	code       int
	retryAfter int
	desc       string
}

// Server is the fake Bot API.
type Server struct {
	*httptest.Server
	t testing.TB

	mu        sync.Mutex
	updates   []pending
	nextUpd   int64
	newUpd    chan struct{}
	calls     []Call
	nextMsg   int
	nextTopic int
	deleted   map[[2]int64]bool // chat, thread
	members   map[[2]int64]string
	files     map[string][]byte
	failures  []*failure
	// Rate limits enforced per chat (group: chat id < 0) and across all
	// chats; a send over a limit gets a 429 and is counted in Violations.
	// Set them before the bot starts (see TelegramLimits).
	PrivateLimit, GroupLimit, GlobalLimit Limit
	sent                                  map[int64][]time.Time
	allSent                               []time.Time // sends in the last GlobalLimit.Per
	Violations                            int
	webhook                               string
	delivered                             int // successful sendMessage calls
	inflight                              atomic.Int64
}

type pending struct {
	id  int64
	raw json.RawMessage
}

// New starts a fake Bot API; it stops when the test ends.
func New(t testing.TB) *Server {
	s := &Server{t: t, nextUpd: 1000, nextMsg: 100, nextTopic: 500, newUpd: make(chan struct{}),
		deleted: map[[2]int64]bool{}, members: map[[2]int64]string{}, files: map[string][]byte{}, sent: map[int64][]time.Time{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// AddUpdate queues a raw update (update_id is assigned when 0) and returns its id.
func (s *Server) AddUpdate(u map[string]any) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	id, _ := u["update_id"].(int64)
	if id == 0 {
		s.nextUpd++
		id = s.nextUpd
		u["update_id"] = id
	}
	raw, _ := json.Marshal(u)
	s.updates = append(s.updates, pending{id: id, raw: raw})
	close(s.newUpd)
	s.newUpd = make(chan struct{})
	return id
}

// User is a Telegram user in tests.
type User struct {
	ID        int64
	FirstName string
	Username  string
	Language  string
}

func (u User) json() map[string]any {
	m := map[string]any{"id": u.ID, "is_bot": false, "first_name": u.FirstName}
	if u.Username != "" {
		m["username"] = u.Username
	}
	if u.Language != "" {
		m["language_code"] = u.Language
	}
	return m
}

func (s *Server) msgID() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextMsg++
	return s.nextMsg
}

// PrivateMessage queues a citizen's text message; extra fields (photo,
// document, ...) are merged into the message.
func (s *Server) PrivateMessage(u User, text string, extra map[string]any) int64 {
	msg := map[string]any{"message_id": s.msgID(), "date": time.Now().Unix(),
		"chat": map[string]any{"id": u.ID, "type": "private", "first_name": u.FirstName}, "from": u.json()}
	fillMessage(msg, text, extra)
	return s.AddUpdate(map[string]any{"message": msg})
}

// GroupMessage queues a message in a group, inside a topic when thread > 0.
func (s *Server) GroupMessage(chatID int64, thread int, u User, text string, extra map[string]any) int64 {
	msg := map[string]any{"message_id": s.msgID(), "date": time.Now().Unix(),
		"chat": map[string]any{"id": chatID, "type": "supergroup", "title": "Petugas", "is_forum": thread > 0}, "from": u.json()}
	if thread > 0 {
		msg["message_thread_id"], msg["is_topic_message"] = thread, true
	}
	fillMessage(msg, text, extra)
	return s.AddUpdate(map[string]any{"message": msg})
}

// fillMessage sets a message's text, marking a leading /command as Telegram
// does, and merges extra fields (photo, document, ...).
func fillMessage(msg map[string]any, text string, extra map[string]any) {
	if text != "" {
		msg["text"] = text
		if strings.HasPrefix(text, "/") {
			cmd, _, _ := strings.Cut(text, " ")
			msg["entities"] = []map[string]any{{"type": "bot_command", "offset": 0, "length": len([]rune(cmd))}}
		}
	}
	for k, v := range extra {
		msg[k] = v
	}
}

// Press queues a button press on a message the bot sent to chatID.
func (s *Server) Press(chatID int64, u User, messageID int, data string) int64 {
	typ := "private"
	if chatID < 0 {
		typ = "supergroup"
	}
	return s.AddUpdate(map[string]any{"callback_query": map[string]any{
		"id": fmt.Sprintf("cb%d", s.msgID()), "from": u.json(), "chat_instance": "x", "data": data,
		"message": map[string]any{"message_id": messageID, "date": time.Now().Unix(), "chat": map[string]any{"id": chatID, "type": typ}},
	}})
}

// SetMember records a user's status in a chat for getChatMember.
func (s *Server) SetMember(chatID, userID int64, status string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.members[[2]int64{chatID, userID}] = status
}

// AddFile makes a file downloadable through getFile.
func (s *Server) AddFile(fileID string, data []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files[fileID] = data
}

// DeleteTopic makes sends to a topic fail as if an officer deleted it.
func (s *Server) DeleteTopic(chatID int64, thread int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.deleted[[2]int64{chatID, int64(thread)}] = true
}

// Fail makes the next `times` calls of method (to chatID, or any chat when 0)
// fail with the HTTP/Bot API error code; retryAfter is for 429s.
func (s *Server) Fail(method string, chatID int64, times, code, retryAfter int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	desc := map[int]string{429: "Too Many Requests: retry after " + strconv.Itoa(retryAfter), 500: "Internal Server Error",
		502: "Bad Gateway", 403: "Forbidden: bot was blocked by the user", 400: "Bad Request"}[code]
	s.failures = append(s.failures, &failure{method: method, chatID: chatID, times: times, code: code, retryAfter: retryAfter, desc: desc})
}

// Calls returns the recorded calls of a method ("" for all).
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Sent returns the successful sendMessage calls to a chat.
func (s *Server) Sent(chatID int64) []Call {
	var out []Call
	for _, c := range s.Calls("sendMessage") {
		if c.ChatID() == chatID && c.Result != nil {
			out = append(out, c)
		}
	}
	return out
}

// Delivered counts successful sendMessage calls; cheaper than Calls for
// polling under load.
func (s *Server) Delivered() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.delivered
}

// Wait polls until cond holds, failing the test after timeout.
func (s *Server) Wait(timeout time.Duration, what string, cond func() bool) {
	s.t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			s.t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// WaitRequests waits until no request is being served, for example the
// requests a killed bot sent just before it died: the fake may still answer
// them, as Telegram would.
func (s *Server) WaitRequests(timeout time.Duration) {
	s.Wait(timeout, "requests in flight to finish", func() bool { return s.inflight.Load() == 0 })
}

// Pending counts updates not yet confirmed by getUpdates.
func (s *Server) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.updates)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.inflight.Add(1)
	defer s.inflight.Add(-1)
	if strings.HasPrefix(r.URL.Path, "/file/bot"+Token+"/") {
		s.mu.Lock()
		data, ok := s.files[strings.TrimPrefix(r.URL.Path, "/file/bot"+Token+"/")]
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Write(data)
		return
	}
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	token, method, ok2 := strings.Cut(rest, "/")
	if !ok || !ok2 {
		http.NotFound(w, r)
		return
	}
	if token != Token {
		reply(w, 401, nil, "Unauthorized", 0)
		return
	}
	params := readParams(r)
	if method == "getUpdates" {
		s.mu.Lock()
		s.calls = append(s.calls, Call{Method: method, Params: params, At: time.Now()})
		s.mu.Unlock()
		s.getUpdates(w, r, params)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	call := Call{Method: method, Params: params, At: time.Now()}
	if f := s.failureFor(method, call.ChatID()); f != nil {
		s.calls = append(s.calls, call)
		reply(w, f.code, nil, f.desc, f.retryAfter)
		return
	}
	if isSend(method) && call.ChatID() != 0 {
		if wait := s.overLimit(call.ChatID()); wait > 0 {
			s.Violations++
			s.calls = append(s.calls, call)
			reply(w, 429, nil, "Too Many Requests: retry after 1", 1)
			return
		}
	}
	if th := call.ThreadID(); th != 0 && s.deleted[[2]int64{call.ChatID(), int64(th)}] {
		s.calls = append(s.calls, call)
		reply(w, 400, nil, "Bad Request: message thread not found", 0)
		return
	}
	result := s.result(method, call)
	call.Result, _ = json.Marshal(result)
	s.calls = append(s.calls, call)
	if isSend(method) {
		s.sent[call.ChatID()] = append(s.sent[call.ChatID()], time.Now())
		if s.GlobalLimit.N > 0 {
			s.allSent = append(s.allSent, time.Now())
		}
	}
	if method == "sendMessage" {
		s.delivered++
	}
	reply(w, 200, result, "", 0)
}

func isSend(method string) bool {
	switch method {
	case "sendMessage", "copyMessage", "sendDocument", "sendPhoto", "createForumTopic":
		return true
	}
	return false
}

// TelegramLimits makes the fake enforce Telegram's documented limits: about
// one message a second in a chat with short bursts (3 in 3 s), 20 a minute
// in a group and 30 a second across all chats. Call it before the bot starts.
func (s *Server) TelegramLimits() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.PrivateLimit = Limit{N: 3, Per: 3 * time.Second}
	s.GroupLimit = Limit{N: 20, Per: time.Minute}
	s.GlobalLimit = Limit{N: 30, Per: time.Second}
}

// overLimit returns how long a send to chatID must wait to keep within the
// chat's limit and the global one; 0 when it may go now. s.mu is held.
func (s *Server) overLimit(chatID int64) time.Duration {
	now := time.Now()
	if g := s.GlobalLimit; g.N > 0 {
		kept := s.allSent[:0]
		for _, t := range s.allSent {
			if now.Sub(t) < g.Per {
				kept = append(kept, t)
			}
		}
		s.allSent = kept
		if len(kept) >= g.N {
			return kept[0].Add(g.Per).Sub(now)
		}
	}
	lim := s.PrivateLimit
	if chatID < 0 {
		lim = s.GroupLimit
	}
	if lim.N <= 0 {
		return 0
	}
	var recent []time.Time
	for _, t := range s.sent[chatID] {
		if now.Sub(t) < lim.Per {
			recent = append(recent, t)
		}
	}
	s.sent[chatID] = recent
	if len(recent) >= lim.N {
		return recent[0].Add(lim.Per).Sub(now)
	}
	return 0
}

func (s *Server) failureFor(method string, chatID int64) *failure {
	for i, f := range s.failures {
		if f.method == method && (f.chatID == 0 || f.chatID == chatID) {
			f.times--
			if f.times <= 0 {
				s.failures = append(s.failures[:i], s.failures[i+1:]...)
			}
			return f
		}
	}
	return nil
}

func (s *Server) result(method string, c Call) any {
	switch method {
	case "getMe":
		return map[string]any{"id": 123456, "is_bot": true, "first_name": "Layanan Warga", "username": "layanan_warga_bot"}
	case "sendMessage", "sendDocument", "sendPhoto", "editMessageText":
		s.nextMsg++
		id := s.nextMsg
		if method == "editMessageText" {
			id, _ = strconv.Atoi(c.Params["message_id"])
		}
		chatType := "private"
		if c.ChatID() < 0 {
			chatType = "supergroup"
		}
		m := map[string]any{"message_id": id, "date": time.Now().Unix(), "text": c.Text(),
			"chat": map[string]any{"id": c.ChatID(), "type": chatType},
			"from": map[string]any{"id": 123456, "is_bot": true, "first_name": "Layanan Warga"}}
		if th := c.ThreadID(); th != 0 {
			m["message_thread_id"], m["is_topic_message"] = th, true
		}
		return m
	case "copyMessage":
		s.nextMsg++
		return map[string]any{"message_id": s.nextMsg}
	case "createForumTopic":
		s.nextTopic++
		return map[string]any{"message_thread_id": s.nextTopic, "name": c.Params["name"], "icon_color": 7322096}
	case "getChatMember":
		uid, _ := strconv.ParseInt(c.Params["user_id"], 10, 64)
		status := s.members[[2]int64{c.ChatID(), uid}]
		if status == "" {
			status = "left"
		}
		return map[string]any{"status": status, "user": map[string]any{"id": uid, "is_bot": false, "first_name": "U"}}
	case "getFile":
		id := c.Params["file_id"]
		return map[string]any{"file_id": id, "file_unique_id": id, "file_size": len(s.files[id]), "file_path": id}
	case "setWebhook":
		s.webhook = c.Params["url"]
		return true
	}
	return true
}

func (s *Server) getUpdates(w http.ResponseWriter, r *http.Request, p map[string]string) {
	offset, _ := strconv.ParseInt(p["offset"], 10, 64)
	timeout, _ := strconv.Atoi(p["timeout"])
	limit, _ := strconv.Atoi(p["limit"])
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	deadline := time.After(time.Duration(min(timeout, 1)) * time.Second)
	for {
		s.mu.Lock()
		// Confirm every update below the offset, as Telegram does.
		if offset > 0 {
			kept := s.updates[:0]
			for _, u := range s.updates {
				if u.id >= offset {
					kept = append(kept, u)
				}
			}
			s.updates = kept
		}
		if f := s.failureFor("getUpdates", 0); f != nil {
			s.mu.Unlock()
			reply(w, f.code, nil, f.desc, f.retryAfter)
			return
		}
		if len(s.updates) > 0 {
			n := min(limit, len(s.updates))
			out := make([]json.RawMessage, n)
			for i := range n {
				out[i] = s.updates[i].raw
			}
			s.mu.Unlock()
			reply(w, 200, out, "", 0)
			return
		}
		ch := s.newUpd
		s.mu.Unlock()
		select {
		case <-ch:
		case <-deadline:
			reply(w, 200, []json.RawMessage{}, "", 0)
			return
		case <-r.Context().Done():
			return
		}
	}
}

// readParams reads a Bot API request in any of its encodings: JSON,
// multipart form (go-telegram/bot) or URL-encoded form.
func readParams(r *http.Request) map[string]string {
	out := map[string]string{}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/json":
		var m map[string]json.RawMessage
		body, _ := io.ReadAll(r.Body)
		json.Unmarshal(body, &m)
		for k, v := range m {
			var s string
			if json.Unmarshal(v, &s) == nil {
				out[k] = s
			} else {
				out[k] = string(v)
			}
		}
	case "multipart/form-data":
		if err := r.ParseMultipartForm(32 << 20); err == nil {
			for k, v := range r.MultipartForm.Value {
				out[k] = v[0]
			}
			for k, fh := range r.MultipartForm.File {
				f, err := fh[0].Open()
				if err == nil {
					b, _ := io.ReadAll(f)
					f.Close()
					out[k] = string(b)
					out[k+"_filename"] = fh[0].Filename
				}
			}
		}
	default:
		r.ParseForm()
		for k, v := range r.Form {
			out[k] = v[0]
		}
	}
	return out
}

func reply(w http.ResponseWriter, code int, result any, desc string, retryAfter int) {
	w.Header().Set("Content-Type", "application/json")
	body := map[string]any{"ok": code == 200}
	if code == 200 {
		body["result"] = result
	} else {
		body["error_code"], body["description"] = code, desc
		if retryAfter > 0 {
			body["parameters"] = map[string]any{"retry_after": retryAfter}
		}
	}
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(body)
}

// ClearFailures drops every injected failure.
func (s *Server) ClearFailures() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures = nil
}
