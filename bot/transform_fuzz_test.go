package bot

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/go-telegram/bot/models"
)

// FuzzDecodeUpdate decodes any payload with Decode, as the dispatcher
// does: it never panics, and a request it
// makes follows the chat the update is ordered by, with a command only
// where the text starts with one.
func FuzzDecodeUpdate(f *testing.F) {
	for _, s := range []string{
		`{"update_id":1,"message":{"message_id":5,"date":1764500000,"chat":{"id":42,"type":"private","first_name":"Sari"},"from":{"id":42,"first_name":"Sari","language_code":"id"},"text":"/status@helpdesk_bot ABC-1","entities":[{"type":"bot_command","offset":0,"length":20}]}}`,
		`{"update_id":2,"callback_query":{"id":"cb","from":{"id":7,"first_name":"A"},"data":"p:all:ktp","message":{"message_id":9,"date":1,"chat":{"id":-100,"type":"supergroup","is_forum":true},"message_thread_id":3}}}`,
		`{"update_id":3,"callback_query":{"id":"cb","from":{"id":7,"first_name":"A"},"data":"x","message":{"message_id":9,"date":0,"chat":{"id":8,"type":"private"}}}}`,
		`{"update_id":4,"message":{"message_id":1,"date":1,"chat":{"id":-100,"type":"supergroup"},"is_topic_message":true,"message_thread_id":77,"reply_to_message":{"message_id":70,"date":1,"chat":{"id":-100,"type":"supergroup"},"from":{"id":1,"is_bot":true,"first_name":"b"},"text":"hi"},"photo":[{"file_id":"p1","file_unique_id":"u","width":1,"height":1,"file_size":10}],"caption":"/lapor\nrusak"}}`,
		`{"update_id":5,"message":{"message_id":1,"date":1,"chat":{"id":1,"type":"group"},"sender_chat":{"id":-5,"type":"channel","title":"Kanal"},"new_chat_members":[{"id":2,"first_name":"x"}],"forum_topic_closed":{}}}`,
		`{"update_id":6,"edited_message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},"text":"x"}}`,
		`{"update_id":7,"my_chat_member":{"chat":{"id":3,"type":"private"},"from":{"id":3,"first_name":"x"},"date":1,"old_chat_member":{"status":"member","user":{"id":9,"first_name":"b"}},"new_chat_member":{"status":"kicked","user":{"id":9,"first_name":"b"},"until_date":0}}}`,
		`{"update_id":8,"message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},"text":"/","entities":[{"type":"bot_command","offset":5,"length":-3}]}}`,
		`{"update_id":9,"callback_query":{"id":"c","from":{"id":1},"message":{"message_id":0,"date":0,"chat":{"id":4}}}}`,
		`null`, `{}`, `[]`, `{"update_id":"x"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, payload []byte) {
		req, ok, err := Decode(payload)
		if err != nil || !ok {
			return // the dispatcher marks it undecodable, or skips it
		}
		var u models.Update
		if err := json.Unmarshal(payload, &u); err != nil {
			t.Fatalf("Decode read what models.Update cannot: %v", err)
		}
		chat := chatOf(&u)
		if req.Chat.ID != chat {
			t.Fatalf("request chat %d, but the update is ordered by chat %d: %s", req.Chat.ID, chat, payload)
		}
		if req.Command != "" {
			if !strings.HasPrefix(req.Text, "/") || strings.ContainsAny(req.Command, "/.@ \n") ||
				req.Command != strings.ToLower(req.Command) {
				t.Fatalf("command %q (args %q) from text %q", req.Command, req.Args, req.Text)
			}
		}
		if req.Callback == nil && u.Message == nil {
			t.Fatalf("request %+v from an update with neither message nor callback: %s", req, payload)
		}
	})
}
