package main

import "github.com/layananwarga/helpdesk/handlers"

// checkOfficeHours validates OFFICE_HOURS and OFFICE_HOLIDAYS at start.
func checkOfficeHours(spec string, holidays []string) error {
	_, err := handlers.ParseOfficeHours(spec, holidays)
	return err
}
