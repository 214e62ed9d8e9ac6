package llm

import "github.com/layananwarga/helpdesk/redact"

// The shapes of personal data and links the output checks look for; the
// redactor defines them.
var (
	reEmail = redact.Email
	rePhone = redact.Phone
	reURL   = redact.URL
)
