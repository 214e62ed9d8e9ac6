package main

import (
	"time"

	tg "github.com/go-telegram/bot"

	"github.com/layananwarga/helpdesk/bot"
	"github.com/layananwarga/helpdesk/handlers"
)

// wireTelegramDeps adds the dependencies only the Telegram transport can
// give the conversations (group membership, file downloads).
func wireTelegramDeps(d *handlers.Deps, api *tg.Bot) {
	d.Files = &bot.TelegramFiles{API: api}
	d.Members = bot.NewMembers(api, 5*time.Minute)
}
