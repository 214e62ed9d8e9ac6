package bot

import (
	"testing"

	"github.com/go-telegram/bot/models"
)

func TestParseCommand(t *testing.T) {
	cmd := func(n int) []models.MessageEntity {
		return []models.MessageEntity{{Type: models.MessageEntityTypeBotCommand, Offset: 0, Length: n}}
	}
	tests := []struct {
		name, text       string
		ents             []models.MessageEntity
		wantCmd, wantArg string
	}{
		{"plain", "/status ABC-123", cmd(7), "status", "ABC-123"},
		{"bot mention", "/Status@layanan_bot ABC", cmd(19), "status", "ABC"},
		{"no entity from the terminal", "/petugas", nil, "petugas", ""},
		{"newline arguments", "/umumkan\nKantor tutup", cmd(8), "umumkan", "Kantor tutup"},
		{"entity elsewhere", "/ not a command", []models.MessageEntity{{Type: "bold", Offset: 0, Length: 1}}, "", ""},
		{"path, not a command", "/var/log", nil, "", ""},
		{"text", "halo /status", nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gotCmd, gotArg := parseCommand(tt.text, tt.ents)
			if gotCmd != tt.wantCmd || gotArg != tt.wantArg {
				t.Fatalf("parseCommand(%q)=%q,%q, want %q,%q", tt.text, gotCmd, gotArg, tt.wantCmd, tt.wantArg)
			}
		})
	}
}
